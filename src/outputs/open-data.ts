/**
 * Open data: the cluster registry, the announcements and the policy
 * catalogue as CSV and JSON, each with a JSON Schema, all generated from one
 * field list per dataset, so the files, the schema and the data dictionary
 * page can never disagree. Pure: the model in, file texts out.
 */
import type { Level } from '../schemas/common.ts';
import { LEVELS } from '../schemas/common.ts';
import { ACTIONS } from '../schemas/announcement.ts';
import { POLICY_KINDS, POLICY_LEVELS } from '../schemas/policy.ts';
import { t } from '../i18n/zh.ts';
import { datasetsText, datasetFieldsText, stampText, type DatasetId } from '../i18n/open-data.ts';
import { toCsv } from '../format/csv.ts';
import { yearOf } from '../rules/dates.ts';
import type { AnnouncementView, ClusterView, PolicyView, SiteModel } from '../model/model.ts';
import { type CatalogueItem, CATALOGUE_CATEGORIES } from '../model/disclosure.ts';
import { disclosureText } from '../i18n/disclosure.ts';
import { yearEnds } from '../rules/registry.ts';
import { dataFilePath, datasetFile, type EntityKind, entityPath, snapshotFile } from '../rules/routes.ts';

/** How a field is typed in JSON and described in the dictionary. */
export type FieldType = 'string' | 'text' | 'integer' | 'boolean' | 'date' | 'partial-date' | 'list' | 'url';

export type FieldValue = string | number | boolean | readonly string[] | undefined;

export interface Field<R> {
  /** Key in JSON records; the dictionary's 字段名. */
  key: string;
  type: FieldType;
  /** Always has a value (a required key with a non-null value in JSON). */
  required: boolean;
  /** The allowed values, for codes. */
  values?: readonly string[];
  value(record: R): FieldValue;
}

export interface Dataset<R> {
  id: DatasetId;
  fields: Field<R>[];
  records(model: SiteModel): R[];
}

/** Stamp and links shared by every file of one build. */
export interface Stamp {
  /** The content commit (src/history/data-version.ts). */
  dataVersion: string;
  /** The day the data is computed for. */
  asOf: string;
  /** 发布单位. */
  publisher: string;
  /** Turns a site path into the URL published in the data: absolute when the site's origin is known. */
  url(path: string): string;
}

const f = <R>(
  key: string,
  type: FieldType,
  value: (r: R) => FieldValue,
  required = false,
  values?: readonly string[],
): Field<R> => ({
  key,
  type,
  required,
  values,
  value,
});

// The levels are content values (lowest first); each gets its own date columns.
const [MUNICIPAL, PROVINCIAL, NATIONAL] = LEVELS;
const since = (c: ClusterView, level: Level) => c.status.titles.find((t) => t.level === level)?.since;

const registryFields: Field<ClusterView>[] = [
  f('id', 'string', (c) => c.id, true),
  f('name', 'string', (c) => c.data.name, true),
  f('aliases', 'list', (c) => c.data.aliases, true),
  f('county', 'string', (c) => c.data.county, true),
  f('town', 'string', (c) => c.data.town),
  f('industry', 'string', (c) => c.data.industry, true),
  f('direction', 'string', (c) => c.data.direction),
  f('products', 'list', (c) => c.data.products, true),
  f('host', 'string', (c) => c.data.host),
  f('level', 'string', (c) => c.status.level, false, LEVELS),
  f('statusCode', 'string', (c) => c.status.code, true, Object.keys(t.clusterStatus.label)),
  f('status', 'string', (c) => c.status.label, true, Object.values(t.clusterStatus.label)),
  f('municipalSince', 'partial-date', (c) => since(c, MUNICIPAL)),
  f('municipalValidUntil', 'date', (c) => c.status.titles.find((t) => t.level === MUNICIPAL)?.validUntil),
  f('provincialSince', 'partial-date', (c) => since(c, PROVINCIAL)),
  f('nationalSince', 'partial-date', (c) => since(c, NATIONAL)),
  f('announcements', 'list', (c) => c.status.events.map((e) => e.announcement), true),
  f('url', 'url', () => undefined, true),
];

const announcementFields: Field<AnnouncementView>[] = [
  f('id', 'string', (a) => a.id, true),
  f('title', 'string', (a) => a.data.title, true),
  f('issuer', 'list', (a) => a.data.issuer, true),
  f('docNumber', 'string', (a) => a.data.docNumber),
  f('date', 'partial-date', (a) => a.data.date, true),
  f('inEffect', 'boolean', (a) => a.inEffect, true),
  f('actionCode', 'string', (a) => a.data.action, true, ACTIONS),
  f('action', 'string', (a) => t.actions[a.data.action], true, Object.values(t.actions)),
  f('level', 'string', (a) => a.data.level, true, LEVELS),
  f('clusters', 'list', (a) => a.clusters.map((c) => c.id), true),
  f('clusterNames', 'list', (a) => a.clusters.map((c) => c.title), true),
  f('closes', 'string', (a) => a.closes?.id),
  f('basis', 'list', (a) => a.basis.map((b) => b.id), true),
  f('sourceKind', 'string', (a) => a.data.sourceKind, true, ['official', 'report']),
  f('recognizedBy', 'string', (a) => a.data.recognizedBy),
  f('reason', 'text', (a) => a.data.reason),
  f('url', 'url', () => undefined, true),
];

const policyFields: Field<PolicyView>[] = [
  f('id', 'string', (p) => p.id, true),
  f('title', 'string', (p) => p.data.title, true),
  f('docNumber', 'string', (p) => p.data.docNumber),
  f('registrationNumber', 'string', (p) => p.data.registrationNumber),
  f('indexNumber', 'string', (p) => p.data.indexNumber),
  f('issuer', 'list', (p) => p.data.issuer ?? [], true),
  f('kind', 'string', (p) => p.data.kind, true, POLICY_KINDS),
  f('level', 'string', (p) => p.data.level, true, POLICY_LEVELS),
  f('topics', 'list', (p) => p.data.topics, true),
  f('issuedOn', 'partial-date', (p) => p.data.issuedOn),
  f('publishedOn', 'partial-date', (p) => p.data.publishedOn),
  f('effectiveFrom', 'date', (p) => p.data.effectiveFrom),
  f('effectiveUntil', 'date', (p) => p.data.effectiveUntil),
  f('periodFrom', 'integer', (p) => p.data.period?.from),
  f('periodTo', 'integer', (p) => p.data.period?.to),
  f('repealedOn', 'date', (p) => p.data.repealedOn),
  f('validityCode', 'string', (p) => p.validity.code, true, Object.keys(t.validity.label)),
  f('validity', 'string', (p) => p.validity.label, true, Object.values(t.validity.label)),
  f('basis', 'list', (p) => p.basis.map((b) => b.id), true),
  f(
    'externalBasis',
    'list',
    (p) => p.data.externalBasis.map((e) => `《${e.title}》${e.docNumber ? `（${e.docNumber}）` : ''}`),
    true,
  ),
  f('cites', 'list', (p) => [...new Set(p.data.cites.map((c) => c.policy))], true),
  f('interprets', 'string', (p) => p.data.interprets),
  f('supersedes', 'list', (p) => p.supersedes.map((b) => b.id), true),
  f('supersededBy', 'list', (p) => p.supersededBy.map((b) => b.id), true),
  f('summary', 'text', (p) => p.data.summary),
  f('url', 'url', () => undefined, true),
];

const categoryName = disclosureText.catalogue.categories;
const catalogueFields: Field<CatalogueItem>[] = [
  f('id', 'string', (i) => i.id, true),
  f(
    'category',
    'string',
    (i) => categoryName[i.category],
    true,
    CATALOGUE_CATEGORIES.map((c) => categoryName[c]),
  ),
  f('indexNumber', 'string', (i) => i.indexNumber, true),
  f('title', 'string', (i) => i.title, true),
  f('summary', 'text', (i) => i.summary, true),
  f('date', 'partial-date', (i) => i.date),
  f('url', 'url', () => undefined, true),
];

/** The kind of entity each dataset lists, whose page its url field links; the catalogue links each item's own page. */
const ENTITY: Partial<Record<DatasetId, EntityKind>> = {
  registry: 'cluster',
  announcements: 'announcement',
  policies: 'policy',
};

export const DATASETS = {
  registry: { id: 'registry', fields: registryFields, records: (m) => m.clusters } as Dataset<ClusterView>,
  announcements: {
    id: 'announcements',
    fields: announcementFields,
    records: (m) => m.announcements,
  } as Dataset<AnnouncementView>,
  policies: { id: 'policies', fields: policyFields, records: (m) => m.policies } as Dataset<PolicyView>,
  catalogue: {
    id: 'catalogue',
    fields: catalogueFields,
    records: (m) => m.disclosure.catalogue,
  } as Dataset<CatalogueItem>,
} as const;

export const DATASET_IDS = Object.keys(DATASETS) as DatasetId[];

/** The page a record's url field links: its entity's page, or a catalogue item's own path. */
function pageOf(id: DatasetId, record: { id: string; path?: string }): string {
  const kind = ENTITY[id];
  return kind ? entityPath[kind](record.id) : record.path!;
}

/** Values of one record, in field order; the url field is the entity's page. */
function recordValues<R extends { id: string }>(ds: Dataset<R>, record: R, stamp: Stamp): FieldValue[] {
  return ds.fields.map((field) => (field.type === 'url' ? stamp.url(pageOf(ds.id, record)) : field.value(record)));
}

/** The CSV text: one row per record, lists joined with “；”, the stamp repeated in two last columns. */
export function datasetCsv<R extends { id: string }>(ds: Dataset<R>, records: readonly R[], stamp: Stamp): string {
  const header = [
    ...ds.fields.map((field) => datasetFieldsText[ds.id][field.key].label),
    stampText.dataVersion.label,
    stampText.asOf.label,
  ];
  const rows = records.map((r) => [
    ...recordValues(ds, r, stamp).map((v) =>
      Array.isArray(v)
        ? v.join('；')
        : typeof v === 'boolean'
          ? t.dataPage.csvBoolean(v)
          : (v as string | number | undefined),
    ),
    stamp.dataVersion,
    stamp.asOf,
  ]);
  return toCsv(header, rows);
}

/** The JSON document: the stamp, then every record with every key (null where not published). */
export function datasetJson<R extends { id: string }>(
  ds: Dataset<R>,
  records: readonly R[],
  stamp: Stamp,
  schemaPath: string,
): string {
  const doc = {
    dataset: ds.id,
    title: datasetsText[ds.id].title,
    publisher: stamp.publisher,
    asOf: stamp.asOf,
    dataVersion: stamp.dataVersion,
    schema: stamp.url(schemaPath),
    count: records.length,
    records: records.map((r) => {
      const values = recordValues(ds, r, stamp);
      return Object.fromEntries(ds.fields.map((field, i) => [field.key, values[i] ?? null]));
    }),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const DAY_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const PARTIAL_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

function fieldSchema(ds: DatasetId, field: Field<never>): Record<string, unknown> {
  const { label, description } = datasetFieldsText[ds][field.key];
  const base: Record<string, unknown> = (() => {
    switch (field.type) {
      case 'list':
        return { type: 'array', items: { type: 'string' } };
      case 'integer':
        return { type: 'integer' };
      case 'boolean':
        return { type: 'boolean' };
      case 'date':
        return { type: 'string', format: 'date', pattern: DAY_PATTERN };
      case 'partial-date':
        return { type: 'string', pattern: PARTIAL_PATTERN };
      case 'url':
        return { type: 'string', format: 'uri-reference' };
      default:
        return { type: 'string', minLength: 1 };
    }
  })();
  const schema: Record<string, unknown> = { title: label, description, ...base };
  if (field.values) schema.enum = [...field.values];
  if (!field.required) {
    schema.type = [base.type, 'null'];
    if (field.values) schema.enum = [...field.values, null];
  }
  return schema;
}

/** JSON Schema (draft 2020-12) of a dataset's JSON file, from the same field list. */
export function datasetSchema(ds: Dataset<never>, schemaUrl: string): string {
  const text = datasetsText[ds.id];
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    // An absolute $id only when the site's origin is known; a relative one would mislead resolvers.
    ...(/^https?:\/\//.test(schemaUrl) ? { $id: schemaUrl } : {}),
    title: text.title,
    description: text.description,
    type: 'object',
    additionalProperties: false,
    required: ['dataset', 'title', 'publisher', 'asOf', 'dataVersion', 'schema', 'count', 'records'],
    properties: {
      dataset: { const: ds.id, description: stampText.dataset.description },
      title: { type: 'string', description: stampText.title.description },
      publisher: { type: 'string', description: stampText.publisher.description },
      asOf: { type: 'string', format: 'date', pattern: DAY_PATTERN, description: stampText.asOf.description },
      dataVersion: {
        type: 'string',
        pattern: '^([0-9a-f]{40}(-modified)?|unknown)$',
        description: stampText.dataVersion.description,
      },
      schema: { type: 'string', format: 'uri-reference', description: stampText.schema.description },
      count: { type: 'integer', minimum: 0, description: stampText.count.description },
      records: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ds.fields.map((field) => field.key),
          properties: Object.fromEntries(ds.fields.map((field) => [field.key, fieldSchema(ds.id, field)])),
        },
      },
    },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** One file of the open data, ready to write. */
export interface DataFile {
  /** File name under /data/, e.g. registry.csv. */
  name: string;
  /** Site path, e.g. /data/registry.csv. */
  path: string;
  dataset: DatasetId;
  format: 'csv' | 'json' | 'schema';
  /** The year-end day of a registry snapshot; absent for the current files. */
  snapshot?: string;
  mediaType: string;
  body: string;
  /** Size in bytes of the UTF-8 body. */
  bytes: number;
  /** Number of records (CSV and JSON files). */
  records?: number;
}

const MEDIA = { csv: 'text/csv; charset=utf-8', json: 'application/json', schema: 'application/schema+json' } as const;

function file(
  name: string,
  dataset: DatasetId,
  format: DataFile['format'],
  body: string,
  records?: number,
  snapshot?: string,
): DataFile {
  return {
    name,
    path: dataFilePath(name),
    dataset,
    format,
    snapshot,
    mediaType: MEDIA[format],
    body,
    bytes: Buffer.byteLength(body, 'utf8'),
    records,
  };
}

/**
 * The year ends for which a registry snapshot is published: every 31
 * December from the year of the first announcement in effect up to the
 * as-of day, the days of the year-end registry pages (registry.ts).
 */
export function snapshotDays(model: SiteModel): string[] {
  const years = model.announcements.filter((a) => a.inEffect).map((a) => yearOf(a.data.date));
  return years.length === 0 ? [] : yearEnds(Math.min(...years), model.asOf);
}

/**
 * Every open-data file: per dataset CSV, JSON and schema, then a registry
 * snapshot (CSV and JSON) per year end, each computed as of that day.
 */
export function openDataFiles(model: SiteModel, modelAsOf: (day: string) => SiteModel, stamp: Stamp): DataFile[] {
  const files: DataFile[] = [];
  for (const id of DATASET_IDS) {
    const ds = DATASETS[id] as Dataset<{ id: string }>;
    const records = ds.records(model);
    const schemaPath = dataFilePath(datasetFile(id, 'schema'));
    files.push(
      file(datasetFile(id, 'csv'), id, 'csv', datasetCsv(ds, records, stamp), records.length),
      file(datasetFile(id, 'json'), id, 'json', datasetJson(ds, records, stamp, schemaPath), records.length),
      file(datasetFile(id, 'schema'), id, 'schema', datasetSchema(ds as Dataset<never>, stamp.url(schemaPath))),
    );
  }
  for (const day of snapshotDays(model)) {
    const past = modelAsOf(day);
    const ds = DATASETS.registry;
    // A year-end list names the clusters recognised by then, with their status on that day.
    const records = ds.records(past).filter((c) => c.status.code !== 'not-recognized');
    const dayStamp = { ...stamp, asOf: day };
    files.push(
      file(snapshotFile(day, 'csv'), 'registry', 'csv', datasetCsv(ds, records, dayStamp), records.length, day),
      file(
        snapshotFile(day, 'json'),
        'registry',
        'json',
        datasetJson(ds, records, dayStamp, dataFilePath(datasetFile('registry', 'schema'))),
        records.length,
        day,
      ),
    );
  }
  return files;
}
