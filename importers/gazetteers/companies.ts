/**
 * Canonical companies with the names articles use for them and their parent, so a query for a parent
 * can include its brands (Meta → Instagram, Facebook, Threads, WhatsApp). Aliases are matched as whole
 * words, case-sensitively (company names are proper nouns: "Meta" yes, "meta-analysis" no).
 */
export interface CompanyEntry {
  name: string;
  aliases: string[];
  parent: string | null;
}

export const COMPANIES: readonly CompanyEntry[] = [
  { name: 'ByteDance', aliases: ['Bytedance', 'Byte Dance'], parent: null },
  { name: 'TikTok', aliases: ['Tiktok', 'Tik Tok'], parent: 'ByteDance' },
  { name: 'Douyin', aliases: [], parent: 'ByteDance' },
  { name: 'CapCut', aliases: [], parent: 'ByteDance' },
  { name: 'Lemon8', aliases: [], parent: 'ByteDance' },
  { name: 'Meta', aliases: ['Meta Platforms'], parent: null },
  { name: 'Facebook', aliases: [], parent: 'Meta' },
  { name: 'Instagram', aliases: [], parent: 'Meta' },
  { name: 'Threads', aliases: [], parent: 'Meta' },
  { name: 'WhatsApp', aliases: ['Whatsapp'], parent: 'Meta' },
  { name: 'Alphabet', aliases: [], parent: null },
  { name: 'Google', aliases: [], parent: 'Alphabet' },
  { name: 'YouTube', aliases: ['Youtube'], parent: 'Alphabet' },
  { name: 'Huawei', aliases: ['Huawei Technologies'], parent: null },
  { name: 'ZTE', aliases: ['ZTE Corp', 'ZTE Corporation'], parent: null },
  { name: 'Oracle', aliases: ['Oracle Corp'], parent: null },
  { name: 'Apple', aliases: ['Apple Inc'], parent: null },
  { name: 'Microsoft', aliases: [], parent: null },
  { name: 'Amazon', aliases: [], parent: null },
  { name: 'X', aliases: ['Twitter', 'X Corp'], parent: null },
  { name: 'Snap', aliases: ['Snap Inc'], parent: null },
  { name: 'Snapchat', aliases: [], parent: 'Snap' },
  { name: 'Reddit', aliases: [], parent: null },
  { name: 'Telegram', aliases: [], parent: null },
  { name: 'Tencent', aliases: [], parent: null },
  { name: 'WeChat', aliases: ['Weixin'], parent: 'Tencent' },
  { name: 'Alibaba', aliases: ['Alibaba Group'], parent: null },
  { name: 'PDD Holdings', aliases: ['Pinduoduo'], parent: null },
  { name: 'Temu', aliases: [], parent: 'PDD Holdings' },
  { name: 'Shein', aliases: ['SHEIN'], parent: null },
  { name: 'OpenAI', aliases: [], parent: null },
  { name: 'ChatGPT', aliases: [], parent: 'OpenAI' },
  { name: 'Nvidia', aliases: ['NVIDIA'], parent: null },
  { name: 'DJI', aliases: [], parent: null },
  { name: 'Kaspersky', aliases: ['Kaspersky Lab'], parent: null },
  { name: 'Discord', aliases: [], parent: null },
  { name: 'Roblox', aliases: [], parent: null },
  { name: 'Pinterest', aliases: [], parent: null },
  { name: 'LinkedIn', aliases: [], parent: 'Microsoft' },
  { name: 'Baidu', aliases: [], parent: null },
  { name: 'Xiaomi', aliases: [], parent: null },
  { name: 'Kuaishou', aliases: ['Kwai'], parent: null },
  { name: 'Weibo', aliases: ['Sina Weibo'], parent: null },
  { name: 'Samsung', aliases: ['Samsung Electronics'], parent: null },
  { name: 'SMIC', aliases: ['Semiconductor Manufacturing International Corp'], parent: null },
  { name: 'Hikvision', aliases: [], parent: null },
  { name: 'Dahua', aliases: ['Dahua Technology'], parent: null },
  { name: 'China Mobile', aliases: [], parent: null },
  { name: 'China Telecom', aliases: [], parent: null },
  { name: 'China Unicom', aliases: [], parent: null },
  { name: 'Netflix', aliases: [], parent: null },
  { name: 'Spotify', aliases: [], parent: null },
  { name: 'Uber', aliases: [], parent: null },
  { name: 'Truth Social', aliases: [], parent: null },
  { name: 'Bluesky', aliases: [], parent: null },
  { name: 'Signal', aliases: [], parent: null },
  { name: 'Krafton', aliases: [], parent: null },
  { name: 'PUBG', aliases: ['PUBG Mobile'], parent: 'Krafton' },
  { name: 'Epic Games', aliases: [], parent: null },
  { name: 'Anthropic', aliases: [], parent: null },
  { name: 'Zhipu AI', aliases: ['Zhipu'], parent: null },
  { name: 'MiniMax', aliases: [], parent: null },
  { name: 'Alibaba Cloud', aliases: [], parent: 'Alibaba' },
  { name: 'Qwen', aliases: [], parent: 'Alibaba' },
  { name: 'DeepSeek', aliases: [], parent: null },
];

/**
 * Names that are also ordinary words or letters: matched only in the listed longer forms, never bare
 * ("X" is a letter; "Signal" and "Threads" need a capital, which the case-sensitive matcher requires).
 */
export const BARE_NAME_EXCLUDED: ReadonlySet<string> = new Set(['X']);
