/**
 * The fixed table of development domains (发展领域).
 *
 * A domain heading such as `（一）妇女与健康` gets the anchor `health`, and the
 * targets, measures and projects under it get `health-t1`, `health-m1`… The ids
 * are ASCII and never change; `names` lists every wording the sources print
 * for the domain (without the `（一）` numeral and any trailing `。`).
 */

/** One development domain. */
export interface Domain {
  /** Stable ASCII anchor id, e.g. `health`. */
  id: string;
  /** Domain names as printed in the plans, e.g. `妇女与健康`, `儿童与健康`. */
  names: readonly string[];
  /** Short Chinese name, e.g. `健康`. */
  name_zh: string;
}

/** Every domain the plans use, in the order the women's and children's plans print them. */
export const DOMAINS: readonly Domain[] = [
  { id: 'health', names: ['妇女与健康', '儿童与健康'], name_zh: '健康' },
  { id: 'education', names: ['妇女与教育', '儿童与教育'], name_zh: '教育' },
  { id: 'economy', names: ['妇女与经济'], name_zh: '经济' },
  { id: 'decision', names: ['妇女参与决策和管理'], name_zh: '决策和管理' },
  { id: 'social-security', names: ['妇女与社会保障'], name_zh: '社会保障' },
  { id: 'family', names: ['妇女与家庭建设', '儿童与家庭'], name_zh: '家庭' },
  { id: 'environment', names: ['妇女与环境', '儿童与环境'], name_zh: '环境' },
  { id: 'law', names: ['妇女与法律', '儿童与法律保护'], name_zh: '法律' },
  { id: 'safety', names: ['儿童与安全'], name_zh: '安全' },
  { id: 'welfare', names: ['儿童与福利'], name_zh: '福利' },
];

/** The domain whose printed name is `name` (whitespace and a trailing `。` ignored), or undefined. */
export function domainByName(name: string): Domain | undefined {
  const key = name.replace(/\s+/gu, '').replace(/[。.]$/u, '');
  return DOMAINS.find((domain) => domain.names.includes(key));
}
