/**
 * References between content files: an id that must exist, a county that
 * must be on the settings list. One wording for every entity, so a clerk
 * reads the same sentence whichever file refers to a missing one.
 */
import type { Settings } from '../../schemas/settings.ts';
import type { Problem } from '../problems.ts';
import { COLLECTIONS, type Kind } from '../read.ts';

const KIND_NAMES: Record<Kind, string> = {
  policy: '政策文件',
  cluster: '集群',
  notice: '公示',
  announcement: '公布',
  pool: '培育库名单',
  benchmark: '标杆名单',
  target: '目标',
  guide: '指南',
  consultation: '意见征集',
};

/** What the cross-file checks may ask: which ids exist of each kind, and which counties settings list. */
export class References {
  readonly counties: ReadonlySet<string>;
  readonly settings: Settings | undefined;
  /** The settings file as messages name it (content/settings.yaml). */
  readonly settingsFile: string | undefined;
  private readonly ids: ReadonlyMap<Kind, ReadonlySet<string>>;
  private readonly drafts: ReadonlyMap<Kind, ReadonlySet<string>>;

  constructor(
    ids: ReadonlyMap<Kind, ReadonlySet<string>>,
    settings: Settings | undefined,
    settingsFile?: string,
    drafts: ReadonlyMap<Kind, ReadonlySet<string>> = new Map(),
  ) {
    this.ids = ids;
    this.drafts = drafts;
    this.settings = settings;
    this.settingsFile = settingsFile;
    this.counties = new Set(settings?.counties.map((k) => k.name) ?? []);
  }

  exists(kind: Kind, id: string): boolean {
    return this.ids.get(kind)?.has(id) ?? false;
  }

  /** The problem of a reference to an id of `kind` that no file has. */
  missing(file: string, field: string, kind: Kind, id: string): Problem {
    if (this.drafts.get(kind)?.has(id))
      return {
        file,
        field,
        message: `引用的${KIND_NAMES[kind]}「${id}」还是草稿（文件中还有 ✎ 项，见 npm run validate 列出的草稿）：草稿不会发布，请先把它填写完整，或暂时不要引用它`,
      };
    return {
      file,
      field,
      message: `引用的${KIND_NAMES[kind]}「${id}」不存在：content/${COLLECTIONS[kind].dir}/ 中没有名为 ${id} 的文件，请核对 id 拼写，或先添加该${KIND_NAMES[kind]}`,
    };
  }

  /** A problem for each id in `list` (the field `field`, indexed) that does not exist. */
  check(file: string, field: string, kind: Kind, list: readonly string[]): Problem[] {
    return list.flatMap((id, i) => (this.exists(kind, id) ? [] : [this.missing(file, `${field}.${i}`, kind, id)]));
  }

  /** A problem when `id` is set and does not exist. */
  checkOne(file: string, field: string, kind: Kind, id: string | undefined): Problem[] {
    return id !== undefined && !this.exists(kind, id) ? [this.missing(file, field, kind, id)] : [];
  }

  /** A problem when `name` is not on the county list (none when settings themselves failed). */
  county(file: string, field: string, name: string | undefined): Problem[] {
    if (name === undefined || !this.settings || this.counties.has(name)) return [];
    return [
      {
        file,
        field,
        message: `「${name}」不在县（市、区）名单中：请改为 ${[...this.counties].join('、')} 之一；如确为新设立的单位，先把它加到 content/settings.yaml 的 counties 中`,
      },
    ];
  }
}
