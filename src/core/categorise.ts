/**
 * Complaint categories for the plan of action (odr-rules §5, issue 4): each defective order gets
 * one category from its claim / chargeback reason and the buyer's comment, by keyword rules in
 * English, German, French, Spanish, Italian, Japanese and Chinese. When unsure it stays
 * `uncategorised`: a category is never a guess presented as fact. The seller's own category
 * (the defects table's category column) always wins.
 *
 * Rules, in order:
 * 1. A recognised seller override on any of the order's defect records decides.
 * 2. Keyword matches score per category: a match in a reason counts 2 (a claim or chargeback
 *    reason is Amazon's or the bank's own classification), a match in a comment counts 1.
 *    The best category wins when it scores at least twice the runner-up; otherwise the
 *    signals are mixed and the order stays `uncategorised`.
 * 3. A chargeback whose words give no clear category goes to `chargeback` (a chargeback saying
 *    "item not received" is a not-received problem in substance, so rule 2 comes first).
 * 4. Anything else is `uncategorised`.
 *
 * Negation is handled where it is cheap: "not damaged", "keine Kratzer", "没有损坏",
 * "壊れていない" do not count; "arrived on time, but broken" is damaged only.
 */
import type { DefectType } from './types';

export type CategoryId =
  | 'notReceived'
  | 'damaged'
  | 'notAsDescribed'
  | 'incomplete'
  | 'returnRefund'
  | 'service'
  | 'chargeback'
  | 'uncategorised';

/** Display order: odr-rules §5's table order, uncategorised last. */
export const CATEGORY_IDS: readonly CategoryId[] = [
  'notReceived',
  'damaged',
  'notAsDescribed',
  'incomplete',
  'returnRefund',
  'service',
  'chargeback',
  'uncategorised',
];

export interface Bilingual {
  en: string;
  zh: string;
}

export const CATEGORY_LABELS: Readonly<Record<CategoryId, Bilingual>> = {
  notReceived: { en: 'Not received / late', zh: '未收到 / 延迟送达' },
  damaged: { en: 'Damaged / defective', zh: '损坏 / 有缺陷' },
  notAsDescribed: { en: 'Not as described / wrong item', zh: '与描述不符 / 发错商品' },
  incomplete: { en: 'Incomplete / missing parts', zh: '不完整 / 缺少配件' },
  returnRefund: { en: 'Return or refund not handled', zh: '退货或退款未处理' },
  service: { en: 'Service / communication', zh: '客服 / 沟通' },
  chargeback: { en: 'Chargeback', zh: '信用卡拒付' },
  uncategorised: { en: 'Uncategorised', zh: '未分类' },
};

/** What the buyers' words are about, finer than the category; drives preventive measures. */
export type ThemeId =
  | 'neverArrived'
  | 'late'
  | 'tracking'
  | 'markedDelivered'
  | 'broken'
  | 'defective'
  | 'packaging'
  | 'wrongItem'
  | 'listingMismatch'
  | 'size'
  | 'usedOrFake'
  | 'missingParts'
  | 'partialOrder'
  | 'refund'
  | 'returnRefused'
  | 'noReply'
  | 'rude';

/** The categories keywords can point to (chargeback and uncategorised come from rules 3–4). */
export type TextCategory = Exclude<CategoryId, 'chargeback' | 'uncategorised'>;

export const THEME_CATEGORY: Readonly<Record<ThemeId, TextCategory>> = {
  neverArrived: 'notReceived',
  late: 'notReceived',
  tracking: 'notReceived',
  markedDelivered: 'notReceived',
  broken: 'damaged',
  defective: 'damaged',
  packaging: 'damaged',
  wrongItem: 'notAsDescribed',
  listingMismatch: 'notAsDescribed',
  size: 'notAsDescribed',
  usedOrFake: 'notAsDescribed',
  missingParts: 'incomplete',
  partialOrder: 'incomplete',
  refund: 'returnRefund',
  returnRefused: 'returnRefund',
  noReply: 'service',
  rude: 'service',
};

export const THEME_LABELS: Readonly<Record<ThemeId, Bilingual>> = {
  neverArrived: { en: 'never arrived / lost', zh: '未送达 / 丢件' },
  late: { en: 'late delivery', zh: '送达延迟' },
  tracking: { en: 'tracking missing or not updating', zh: '无物流跟踪 / 物流不更新' },
  markedDelivered: { en: 'shown as delivered / wrong address', zh: '显示已送达 / 地址错误' },
  broken: { en: 'arrived broken or damaged', zh: '到货破损' },
  defective: { en: 'does not work / poor quality', zh: '无法使用 / 质量差' },
  packaging: { en: 'packaging', zh: '包装问题' },
  wrongItem: { en: 'wrong item sent', zh: '发错商品' },
  listingMismatch: { en: 'differs from the listing', zh: '与商品描述不符' },
  size: { en: 'size or fit', zh: '尺码 / 尺寸' },
  usedOrFake: { en: 'used, opened or not genuine', zh: '二手 / 已拆封 / 非正品' },
  missingParts: { en: 'missing parts or accessories', zh: '缺少配件' },
  partialOrder: { en: 'only part of the order', zh: '只收到部分商品' },
  refund: { en: 'refund not received', zh: '未收到退款' },
  returnRefused: { en: 'return refused or not handled', zh: '退货被拒 / 未处理' },
  noReply: { en: 'no reply from the seller', zh: '卖家未回复' },
  rude: { en: 'unhelpful or rude service', zh: '服务态度差' },
};

type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'ja' | 'zh';

/**
 * The keyword table: one entry per theme, phrases per language. Latin-script phrases match
 * whole words; `*` ends a word stem ("damag*"), `a|b` is either word, `+` allows up to three
 * words in between ("not + refund"), and the word `not` also matches "don't", "didn't",
 * "wasn't", "haven't", "can't", "won't". Accents and case are ignored on both sides.
 * Japanese and Chinese phrases match as substrings.
 */
// prettier-ignore
export const KEYWORDS: Readonly<
  Record<ThemeId, Readonly<Partial<Record<Lang, readonly string[]>>>>
> = {
  neverArrived: {
    en: [
      'never arriv*', 'not arriv*', 'never receiv*', 'not receiv*', 'not yet receiv*',
      'never came', 'never got it', 'never showed up', 'not deliver*', 'never deliver*',
      'lost in transit', 'lost in the mail', 'package|parcel|order was lost',
      'lost package|parcel', 'package|parcel|order is missing', 'still waiting',
      'where is my order|package|parcel',
    ],
    de: [
      'nicht angekommen', 'nie angekommen', 'nicht + erhalten', 'nie erhalten', 'nicht geliefert',
      'nie geliefert', 'nicht zugestellt', 'nicht bekommen', 'nie bekommen', 'kam nie an',
      'kam nicht an', 'verloren gegangen', 'paket verloren', 'warte immer noch', 'keine lieferung',
    ],
    fr: [
      'jamais reçu*', 'pas reçu*', 'non reçu*', 'jamais arrivé*', 'pas arrivé*', 'jamais livré*',
      'pas livré*', 'non livré*', 'colis perdu', "j'attends toujours",
    ],
    es: [
      'no + lleg*', 'nunca lleg*', 'no + recib*', 'nunca recib*', 'no + entregad*',
      'paquete perdido', 'sigo esperando',
    ],
    it: [
      'non + arrivat*', 'mai arrivat*', 'non + ricevut*', 'mai ricevut*', 'non + consegnat*',
      'mai consegnat*', 'pacco perso', 'ancora in attesa',
    ],
    ja: [
      '届かない', '届かず', '届かなかった', '届いていない', '届いてない', '届きません',
      '届いていません', '未着', '未配達', '受け取っていない',
      '受け取れていない', '紛失',
    ],
    zh: [
      '没收到', '没有收到', '未收到', '收不到', '没到货', '没有到货', '未到货', '还没到', '丢件',
      '包裹丢', '快递丢', '未送达', '没送到',
    ],
  },
  late: {
    en: [
      'late', 'arrived late', 'late delivery', 'delay*', 'took forever', 'took too long',
      'took weeks', 'slow delivery|shipping|shipment', 'very slow',
    ],
    de: [
      'spät', 'zu spät', 'verspät*', 'lieferverzug', 'dauerte ewig', 'ewig gedauert',
      'lange gedauert',
    ],
    fr: ['en retard', 'retard*', 'trop long', 'livraison lente', 'très lent*'],
    es: ['tarde', 'tardó', 'retras*', 'demor*', 'muy lento', 'demasiado tiempo'],
    it: ['in ritardo', 'ritard*', 'troppo tempo', 'molto lent*', 'tardi'],
    ja: ['遅い', '遅れ', '遅延', '遅すぎ', '到着が遅', '時間がかか'],
    zh: ['太慢', '很慢', '物流慢', '发货慢', '配送慢', '迟到', '延迟', '晚到', '延误'],
  },
  tracking: {
    en: [
      'no tracking', 'without tracking', 'invalid tracking', 'wrong tracking', 'fake tracking',
      'tracking + not updat*', 'tracking + never updat*', 'tracking number + not work*',
      'tracking + stuck', 'stuck in transit',
    ],
    de: [
      'keine sendungsverfolgung', 'keine sendungsnummer', 'keine trackingnummer',
      'sendungsverfolgung + nicht', 'sendungsnummer + ungültig',
    ],
    fr: ['pas de suivi', 'aucun suivi', 'sans suivi', 'suivi + invalide', 'suivi + bloqué*'],
    es: ['sin seguimiento', 'no hay seguimiento', 'seguimiento + no funciona'],
    it: ['nessun tracciamento', 'senza tracciamento', 'tracking + non funziona'],
    ja: ['追跡でき', '追跡番号が無効', '追跡番号がない', '追跡情報が更新'],
    zh: [
      '没有物流信息', '物流信息', '物流不更新', '物流没有更新', '物流没更新', '查不到物流',
      '单号无效',
    ],
  },
  markedDelivered: {
    en: [
      'marked|shows|says|showed|listed as delivered', 'shows|says|showed delivered',
      'delivered to + wrong address', 'wrong address',
    ],
    de: ['als zugestellt', 'falsche adresse', 'falsche anschrift'],
    fr: ['indiqué* livré*', 'marqué* comme livré*', 'mauvaise adresse'],
    es: ['aparece como entregado', 'marcado como entregado', 'dirección + equivocada|incorrecta'],
    it: ['risulta consegnat*', 'indirizzo sbagliato'],
    ja: ['配達済みなのに', '配達完了になって', '住所が違'],
    zh: ['显示已签收', '显示签收', '显示送达', '显示已送达', '地址错误', '送错地址'],
  },
  broken: {
    en: [
      'broken', 'broke', 'damag*', 'crack*', 'shatter*', 'smashed', 'dented', 'scratch*', 'torn',
      'ripped', 'leak*',
    ],
    de: [
      'kaputt*', 'beschädig*', 'zerbroch*', 'gebrochen', 'zerkratzt', 'kratzer', 'schaden',
      'ausgelaufen', 'eingedrückt', 'gerissen',
    ],
    fr: ['cassé*', 'endommag*', 'abîmé*', 'brisé*', 'fissur*', 'rayé*', 'rayure*', 'fuit*'],
    es: [
      'roto', 'rota', 'rotos', 'rotas', 'dañad*', 'daño*', 'golpead*', 'rayad*', 'agrietad*',
      'quebrad*', 'derramad*',
    ],
    it: [
      'rotto', 'rotta', 'rotti', 'rotte', 'danneggiat*', 'danno', 'graffiat*', 'ammaccat*',
      'crepat*', 'spaccat*', 'rovinat*',
    ],
    ja: ['壊れ', '破損', '割れ', '傷', 'キズ', 'へこみ', '凹み', '漏れ'],
    zh: [
      '损坏', '破损', '坏了', '坏的', '坏掉', '摔坏', '碎了', '破了', '裂了', '裂开', '划痕',
      '变形', '漏液',
    ],
  },
  defective: {
    en: [
      'defect*', 'faulty', 'not work*', 'stopped working', 'quit working', 'not turn|power on',
      'not charg*', 'not function*', 'malfunction*', 'dead on arrival', 'doa',
      'poor|bad|cheap|low|terrible quality', 'fell|falls apart',
    ],
    de: [
      'defekt*', 'fehlerhaft', 'funktioniert + nicht', 'geht nicht',
      'lässt sich nicht einschalten', 'schlechte qualität', 'minderwertig*',
    ],
    fr: [
      'défectueu*', 'fonctionne + pas', 'marche + pas', 'allume + pas', 'en panne', 'hors service',
      'mauvaise qualité',
    ],
    es: [
      'defectuos*', 'no funciona', 'no enciende', 'no sirve', 'dejó de funcionar', 'mala calidad',
    ],
    it: [
      'difettos*', 'non funziona', 'non + accende', 'smesso di funzionare', 'guasto',
      'scarsa qualità', 'pessima qualità',
    ],
    ja: [
      '動かない', '動きません', '作動しない', '不良', '故障', '使えない', '使えません',
      '電源が入らない', '品質が悪',
    ],
    zh: [
      '不能用', '用不了', '没法用', '无法使用', '不工作', '开不了机', '无法开机', '质量差',
      '质量很差', '质量太差', '质量不好', '故障',
      '次品',
    ],
  },
  packaging: {
    en: [
      'poor|bad|cheap|terrible|inadequate|insufficient packaging', 'poorly|badly packed|packaged',
      'packed|packaged poorly|badly', 'packaging + damaged|torn|crushed|ripped', 'no padding',
      'no bubble wrap', 'crushed',
    ],
    de: [
      'schlecht verpackt', 'unzureichend verpackt', 'mangelhaft verpackt', 'schlechte verpackung',
      'verpackung + beschädigt', 'zerdrückt', 'nicht gepolstert',
    ],
    fr: [
      'mal emballé*', 'mauvais emballage', 'emballage + insuffisant', 'emballage + abîmé*',
      'emballage + endommagé*', 'écrasé*',
    ],
    es: [
      'mal embalad*', 'mal empaquetad*', 'mal empacad*', 'embalaje + malo|dañado|roto',
      'aplastad*',
    ],
    it: ['mal imballat*', 'imballaggio + scarso|insufficiente|danneggiato|rotto', 'schiacciat*'],
    ja: ['梱包が雑', '梱包が悪', '梱包が不十分', '梱包が甘', '簡易梱包', '箱が潰れ', '潰れ'],
    zh: ['包装差', '包装太差', '包装很差', '包装破', '包装简陋', '包装不好', '压扁', '压坏'],
  },
  wrongItem: {
    en: [
      'wrong item|product|model|one|book|colou*r|version', 'incorrect item|product',
      'different item|product', 'not what i ordered', 'not the one i ordered', 'sent the wrong',
      'received the wrong',
    ],
    de: [
      'falsch* artikel|produkt|ware|modell|farbe', 'falsch geliefert', 'ander* artikel|produkt',
      'nicht das bestellte', 'nicht + bestellt',
    ],
    fr: [
      'mauvais article|produit|modèle', 'mauvaise couleur', 'pas le bon',
      'article|produit différent', 'pas ce que + commandé',
    ],
    es: [
      'artículo|producto|color|modelo equivocado|incorrecto', 'no es lo que pedí', 'otro producto',
    ],
    it: [
      'articolo|prodotto|colore|modello sbagliato', 'articolo|prodotto diverso',
      'non è quello che ho ordinato',
    ],
    ja: [
      '違う商品', '別の商品', '間違った商品', '商品が違', '注文したものと違', '違うものが届',
      '色が違', '誤配送',
    ],
    zh: ['发错', '错发', '不是我买的', '不是我订的', '颜色不对', '型号不对', '颜色发错'],
  },
  listingMismatch: {
    en: [
      'not as described', 'not as pictured', 'not as advertised',
      'not like the picture|photo|description', 'not match + description|picture|photo|listing',
      'different from|than + picture|photo|description|listing|pictured|advertised',
      'looks nothing like', 'misleading', 'false advertising', 'materially different',
    ],
    de: [
      'nicht wie beschrieben', 'nicht wie abgebildet', 'entspricht nicht',
      'anders als + beschrieben|abgebildet|bild|beschreibung', 'irreführend',
    ],
    fr: [
      'pas conforme', 'non conforme', 'correspond + pas',
      'différent de la + photo|description|annonce', 'trompeu*', 'publicité mensongère',
    ],
    es: [
      'no + como se describe', 'no coincide', 'no corresponde',
      'diferente|distinto + foto|descripción|anuncio', 'engañ*',
    ],
    it: [
      'non conforme', 'non corrisponde', 'diverso dalla + foto|descrizione', 'non come descritto',
      'ingannevole',
    ],
    ja: [
      '説明と違', '説明と異な', '写真と違', '写真と異な', '画像と違', '画像と異な', '記載と違',
      '表記と違', 'イメージと違',
    ],
    zh: [
      '与描述不符', '和描述不符', '描述不符', '与图片不符', '图片不符', '和图片不一样', '货不对板',
      '货不对版', '与实物不符', '虚假宣传',
      '和描述不一样',
    ],
  },
  size: {
    en: [
      'wrong size', 'too small|big|large|tight', 'not fit', 'runs small|large|big',
      'size is wrong|off',
    ],
    de: ['falsche größe', 'zu klein|groß|eng', 'passt nicht'],
    fr: ['mauvaise taille', 'trop petit*|grand*|serré*'],
    es: ['talla equivocada|incorrecta', 'demasiado pequeñ*|grande', 'muy pequeñ*'],
    it: ['taglia sbagliata', 'troppo piccol*|grand*|strett*'],
    ja: ['サイズが違', 'サイズが合わな', '小さすぎ', '大きすぎ'],
    zh: ['尺码不对', '尺寸不对', '尺码偏小', '尺码偏大', '偏小', '偏大', '太小了', '太大了'],
  },
  usedOrFake: {
    en: [
      'fake', 'counterfeit', 'knock off', 'knockoff', 'not genuine', 'not authentic',
      'used item|product', 'was used', 'already used', 'previously used', 'second hand',
      'secondhand', 'not new', 'been opened', 'was opened',
    ],
    de: [
      'fälschung', 'gefälscht', 'plagiat', 'gebraucht', 'nicht neu', 'bereits benutzt',
      'schon benutzt', 'geöffnet',
    ],
    fr: ['contrefaçon', 'faux', 'pas neuf', 'usagé*', 'déjà utilisé*', 'déjà ouvert*'],
    es: [
      'falso', 'falsificad*', 'imitación', 'usado', 'usada', 'no es nuevo', 'no es original',
      'ya abierto',
    ],
    it: [
      'contraffatt*', 'falso', 'non originale', 'usato', 'usata', 'non nuovo', 'già aperto',
      'già usato',
    ],
    ja: ['偽物', 'コピー品', '中古', '使用済み', '開封済み', '新品ではな'],
    zh: [
      '假货', '假的', '仿品', '山寨', '二手', '用过的', '被用过', '不是新的', '不是正品', '翻新',
    ],
  },
  missingParts: {
    en: [
      'missing', 'missing part*|piece*|accessor*|screws|cable|charger|manual',
      'parts|pieces missing', 'incomplete', 'not included',
    ],
    de: ['fehlt', 'fehlen', 'fehlende*', 'unvollständig', 'nicht enthalten', 'nicht dabei'],
    fr: ['manque', 'il manque', 'manquant*', 'incomplet*', 'pas inclus*'],
    es: ['falta', 'faltan', 'faltaba*', 'faltante*', 'incomplet*', 'no incluye', 'no venía'],
    it: ['manca', 'mancano', 'mancante', 'mancanti', 'incomplet*', 'non incluso', 'non incluse'],
    ja: [
      '足りな', '不足', '欠品', '入っていな', '入ってな', '付属品がな', '部品がな',
      '同梱されていな',
    ],
    zh: ['缺少', '缺件', '少件', '少了', '配件不全', '不完整', '没有配件', '少发', '漏发'],
  },
  partialOrder: {
    en: ['only received|got one|two|half|part', 'only one of', 'empty box|package'],
    de: ['nur einen|eine|ein teil', 'leeres paket', 'leere schachtel'],
    fr: ['reçu qu* un|une', 'colis vide', 'boîte vide'],
    es: ['solo recibí', 'caja vacía', 'paquete vacío'],
    it: ['ricevuto solo', 'scatola vuota', 'pacco vuoto'],
    ja: ['1つしか', '一つしか', '空箱', '中身が空'],
    zh: ['只收到', '空盒', '空箱', '只有一个'],
  },
  refund: {
    en: [
      'no refund', 'not refunded', 'never refunded', 'refund not received|processed|issued',
      'not + refund*', 'still waiting for my|a|the|their refund',
      'waiting for my|a|the|their refund', 'waiting for refund', 'waiting for + refund',
      'refused + refund', 'credit not processed',
    ],
    de: [
      'keine rückerstattung', 'rückerstattung + nicht', 'kein geld zurück', 'geld + nicht zurück',
      'nicht erstattet', 'erstattung + nicht',
    ],
    fr: [
      'pas de remboursement', 'aucun remboursement', 'pas rembours*', 'jamais rembours*',
      'remboursement + refusé',
    ],
    es: ['sin reembolso', 'no + reembols*', 'reembolso + no', 'no + devuelto + dinero'],
    it: ['nessun rimborso', 'non + rimbors*', 'mai rimbors*', 'rimborso + non'],
    ja: [
      '返金されない', '返金されていない', '返金されてない', '返金がない', '返金なし',
      '返金がありません', '返金されません',
    ],
    zh: ['没退款', '没有退款', '不退款', '拒绝退款', '退款没到', '退款还没', '未退款', '不给退款'],
  },
  returnRefused: {
    en: [
      'refus* + return', 'return + refused|rejected|ignored|denied',
      'return + not processed|accepted|authori*ed', 'not let me return', 'not accept* + return',
      'no return label', 'unable to return', 'could|can not return', 'cannot return',
    ],
    de: [
      'rücksendung + abgelehnt', 'rückgabe + abgelehnt|verweigert', 'retoure + abgelehnt|nicht',
      'rücksendung + nicht',
    ],
    fr: ['retour + refusé*', 'refus* + retour', 'pas d étiquette de retour'],
    es: ['devolución + rechazada', 'rechaz* + devolución', 'no + acept* + devolución'],
    it: ['reso + rifiutato|negato', 'rifiut* + reso', 'non + accetta* + reso'],
    ja: [
      '返品を拒否', '返品できない', '返品を受け付けてくれな', '返品に応じてくれな', '返品を断られ',
    ],
    zh: ['拒绝退货', '不给退货', '不让退', '退货不处理', '不同意退货', '不接受退货'],
  },
  noReply: {
    en: [
      'no response|reply|answer|communication|contact',
      'not respond*|reply|replied|answer*|contact*', 'never respond*|reply|replied|answer*',
      'ignored', 'ignoring', 'unresponsive', 'slow response|reply',
    ],
    de: [
      'keine antwort', 'keine reaktion', 'antwortet nicht', 'nicht geantwortet', 'nie geantwortet',
      'nicht erreichbar', 'ignoriert',
    ],
    fr: [
      'pas de réponse', 'aucune réponse', 'sans réponse', 'répond + pas', 'pas répondu',
      'jamais répondu', 'ignoré*', 'injoignable', 'manque de communication',
    ],
    es: [
      'no respond*', 'nunca respond*', 'no contest*', 'nunca contest*', 'sin respuesta',
      'ninguna respuesta', 'falta de respuesta', 'falta de comunicación', 'ignorad*',
    ],
    it: ['nessuna risposta', 'non rispond*', 'non + risposto', 'mai risposto', 'ignorat*'],
    ja: [
      '返信がない', '返信なし', '返信がありません', '返事がない', '連絡がない', '連絡なし',
      '連絡が取れない', '無視',
    ],
    zh: [
      '不回复', '没回复', '没有回复', '无人回复', '不回消息', '联系不上', '没人理', '回复慢',
      '回复太慢',
    ],
  },
  rude: {
    en: [
      'rude', 'unhelpful', 'unprofessional', 'bad|poor|terrible|awful|horrible customer service',
      'bad|poor|terrible|awful|horrible service',
    ],
    de: ['unfreundlich', 'unhöflich', 'unverschämt', 'schlechter service|kundenservice'],
    fr: ['impoli*', 'désagréable', 'mauvais service', 'service client + nul|déplorable'],
    es: [
      'grosero*', 'maleducad*', 'mal servicio', 'pésimo servicio', 'mala atención',
      'pésima atención',
    ],
    it: ['maleducat*', 'scortese', 'pessimo servizio', 'assistenza + pessima'],
    ja: ['対応が悪', '対応が遅', '態度が悪', '不誠実', '失礼', '対応が最悪'],
    zh: ['态度差', '态度不好', '态度恶劣', '服务差', '服务太差', '客服差', '不专业'],
  },
};

/** Words that negate what follows them in the same clause (Latin-script languages). */
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'without',
  'cannot',
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keiner',
  'keinerlei',
  'ohne',
  'nie',
  'niemals',
  'pas',
  'sans',
  'aucun',
  'aucune',
  'jamais',
  'sin',
  'nunca',
  'ningun',
  'ninguna',
  'ninguno',
  'non',
  'senza',
  'mai',
  'nessun',
  'nessuna',
  'nessuno',
]);
/** English contractions: "don't", "didnt", "wasn't", "won't" … */
const CONTRACTION = "(?:do|does|did|is|was|are|were|has|have|had|wo|ca|could|would|should)n'?t";
const NOT_WORD = `(?:not|cannot|${CONTRACTION})`;
const CONTRACTION_RE = new RegExp(`^${CONTRACTION}$`);
/** Words and marks that end a clause: a negation does not reach past them. */
const CLAUSE_BREAK =
  /[.,;:!?()\n\u3001\u3002\uff0c\uff01\uff1f]|\b(?:but|and|however|although|though|aber|und|jedoch|doch|sondern|mais|et|pero|y|sino|ma|e|&)\b/g;
const ZH_NEGATION_BEFORE = /[没未不无非别]有?$/;
/** Japanese negates after the stem: 壊れていない, 破損なし, 傷もなく. */
// Built from normalised text: the matcher sees "ず" as "す" + a combining mark (NFKD).
const JA_NEGATION_AFTER = new RegExp(
  '^(?:し|は|が|も)?(?:て|で)?(?:い|お)?(?:ない|なく|ません|なかった|ず|なし|無し|無く|ありません)'.normalize(
    'NFKD',
  ),
);
const JA_NEGATION_IN_PHRASE = new RegExp(
  'ない|なく|ません|なかった|ず|未|不|無|な$'.normalize('NFKD'),
);
const ZH_NEGATION_IN_PHRASE = /[没未不无非]/;

/** Lower case, accents and width folded, curly quotes straightened; keeps an index map back. */
function normalise(text: string): { norm: string; from: number[] } {
  let norm = '';
  const from: number[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    let n = ch
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    if (/[\u2018\u2019\u02bc`´]/.test(n)) n = "'";
    for (let k = 0; k < n.length; k++) from.push(i);
    norm += n;
    i += ch.length;
  }
  from.push(text.length);
  return { norm, from };
}

function normaliseKeyword(phrase: string): string {
  return normalise(phrase).norm;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface CompiledKeyword {
  theme: ThemeId;
  lang: Lang;
  phrase: string;
  re: RegExp;
  /** The phrase carries its own negation ("not received", "未收到"): no negation check. */
  negative: boolean;
  /** Phrases with gaps are tried after the plain ones, so a plain phrase wins an overlap. */
  gapped: boolean;
  /** Text every match contains: a cheap `includes` skips most regexes (thousands of comments). */
  anchor: string;
}

function anchorOf(norm: string, cjk: boolean): string {
  if (cjk) return norm;
  const literal = norm
    .split(/\s+/)
    .filter((w) => w !== '+' && w !== 'not' && !w.includes('|'))
    .map((w) => w.replace(/\*$/, ''));
  return literal.reduce((best, w) => (w.length > best.length ? w : best), '');
}

const LETTER = '[\\p{L}\\p{N}]';

function compileLatin(phrase: string): RegExp {
  const words = normaliseKeyword(phrase).split(/\s+/).filter(Boolean);
  const parts: string[] = [];
  let pendingGap = false;
  for (const word of words) {
    if (word === '+') {
      pendingGap = true;
      continue;
    }
    const alternatives = word.split('|').map((w) => {
      if (w === 'not') return NOT_WORD;
      const stem = w.endsWith('*');
      const body = escapeRegExp(stem ? w.slice(0, -1) : w).replace(/\\\*/g, `${LETTER}*`);
      return stem ? `${body}${LETTER}*` : body;
    });
    const token = alternatives.length > 1 ? `(?:${alternatives.join('|')})` : alternatives[0];
    if (parts.length > 0) {
      parts.push(pendingGap ? `[\\s'-]+(?:[\\p{L}\\p{N}']+\\s+){0,3}` : `[\\s'-]+`);
    }
    parts.push(token);
    pendingGap = false;
  }
  return new RegExp(`(?<!${LETTER})${parts.join('')}(?!${LETTER})`, 'gu');
}

function isLatinNegated(words: string): boolean {
  return words.split(/\s+/).some((w) => NEGATORS.has(w) || CONTRACTION_RE.test(w));
}

/**
 * The keyword table compiled to regexes on first use, not at load: every custom-function call
 * evaluates the whole bundle, and only the categoriser's callers should pay for ~1,000 Unicode
 * regexes (the benchmark measured the eager version at ~70 % of a cold bundle evaluation).
 */
let compiled: readonly CompiledKeyword[] | null = null;

function compiledKeywords(): readonly CompiledKeyword[] {
  compiled ??= compileKeywords();
  return compiled;
}

function compileKeywords(): readonly CompiledKeyword[] {
  const list: CompiledKeyword[] = [];
  for (const theme of Object.keys(KEYWORDS) as ThemeId[]) {
    const byLang = KEYWORDS[theme];
    for (const lang of Object.keys(byLang) as Lang[]) {
      for (const phrase of byLang[lang] ?? []) {
        const cjk = lang === 'ja' || lang === 'zh';
        const norm = normaliseKeyword(phrase);
        list.push({
          theme,
          lang,
          phrase,
          re: cjk ? new RegExp(escapeRegExp(norm), 'gu') : compileLatin(phrase),
          negative: cjk
            ? (lang === 'ja' ? JA_NEGATION_IN_PHRASE : ZH_NEGATION_IN_PHRASE).test(norm)
            : isLatinNegated(norm.replace(/[|*+]/g, ' ')),
          gapped: !cjk && /(^|\s)\+(\s|$)/.test(phrase),
          anchor: anchorOf(norm, cjk),
        });
      }
    }
  }
  return list;
}

export type TextSource = 'reason' | 'comment' | 'override';

/** One keyword found in the seller's data, as the buyer or the claim wrote it. */
export interface KeywordMatch {
  /** The matched words as written in the source text. */
  text: string;
  theme: ThemeId;
  category: TextCategory;
  source: TextSource;
}

function negatedBefore(norm: string, start: number): boolean {
  const before = norm.slice(Math.max(0, start - 60), start);
  let clauseStart = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) {
    clauseStart = m.index + m[0].length;
  }
  const words = before.slice(clauseStart).match(/[\p{L}\p{N}']+/gu) ?? [];
  return isLatinNegated(words.slice(-3).join(' '));
}

/** Finds the keywords in one text: longest plain phrases first, no two matches overlapping. */
export function findKeywords(text: string, source: TextSource): KeywordMatch[] {
  if (!text) return [];
  const { norm, from } = normalise(text);
  interface Candidate {
    start: number;
    end: number;
    keyword: CompiledKeyword;
  }
  const candidates: Candidate[] = [];
  for (const keyword of compiledKeywords()) {
    if (!norm.includes(keyword.anchor)) continue;
    for (const m of norm.matchAll(keyword.re)) {
      const start = m.index ?? 0;
      candidates.push({ start, end: start + m[0].length, keyword });
    }
  }
  candidates.sort(
    (a, b) =>
      Number(a.keyword.gapped) - Number(b.keyword.gapped) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const taken: Candidate[] = [];
  const matches: { start: number; match: KeywordMatch }[] = [];
  for (const c of candidates) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    taken.push(c);
    const k = c.keyword;
    if (!k.negative) {
      if (k.lang === 'zh' && ZH_NEGATION_BEFORE.test(norm.slice(Math.max(0, c.start - 2), c.start)))
        continue;
      if (k.lang === 'ja' && JA_NEGATION_AFTER.test(norm.slice(c.end, c.end + 8))) continue;
      if (k.lang !== 'zh' && k.lang !== 'ja' && negatedBefore(norm, c.start)) continue;
    }
    matches.push({
      start: c.start,
      match: {
        text: text.slice(from[c.start], from[c.end]),
        theme: k.theme,
        category: THEME_CATEGORY[k.theme],
        source,
      },
    });
  }
  matches.sort((a, b) => a.start - b.start);
  return matches.map((m) => m.match);
}

/** Every way a seller might write a category in the override column. */
// prettier-ignore
const OVERRIDE_ALIASES: Readonly<Record<CategoryId, readonly string[]>> = {
  notReceived: [
    'not received', 'late', 'lost', 'not delivered', 'never arrived', 'delivery', 'shipping', 'nr',
    'inr', '未收到', '未送达', '延迟', '迟到', '物流', '配送',
  ],
  damaged: [
    'damaged', 'defective', 'broken', 'faulty', 'quality', 'damage', '损坏', '破损', '有缺陷',
    '质量',
    '质量问题', '残次',
  ],
  notAsDescribed: [
    'not as described', 'wrong item', 'wrong', 'different', 'listing', 'snad', 'inad', 'mismatch',
    '与描述不符', '描述不符', '发错', '发错货', '错发',
  ],
  incomplete: [
    'incomplete', 'missing', 'missing parts', 'missing items', 'partial', '不完整', '缺件',
    '缺少配件',
    '少件',
  ],
  returnRefund: [
    'return', 'refund', 'returns', 'refunds', 'return refund', 'return or refund', '退货', '退款',
    '退货退款',
  ],
  service: [
    'service', 'communication', 'customer service', 'no reply', 'cs', '客服', '服务', '沟通',
  ],
  chargeback: ['chargeback', 'cb', '拒付', '信用卡拒付', '退单'],
  uncategorised: [
    'uncategorised', 'uncategorized', 'other', 'unknown', 'none', '未分类', '其他', '未知',
  ],
};

function aliasKey(text: string): string {
  return normalise(text)
    .norm.replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const ALIAS_MAP: ReadonlyMap<string, CategoryId> = (() => {
  const map = new Map<string, CategoryId>();
  for (const id of CATEGORY_IDS) {
    const forms = [id, CATEGORY_LABELS[id].en, CATEGORY_LABELS[id].zh, ...OVERRIDE_ALIASES[id]];
    for (const form of forms) map.set(aliasKey(form), id);
    map.set(aliasKey(id.replace(/[A-Z]/g, (c) => ` ${c}`)), id);
    for (const part of CATEGORY_LABELS[id].en.split('/')) map.set(aliasKey(part), id);
    for (const part of CATEGORY_LABELS[id].zh.split('/')) map.set(aliasKey(part), id);
  }
  return map;
})();

/**
 * Reads the seller's category column: an id, an English or Chinese label or a loose form
 * ("late", "wrong item", "未收到"); failing that, words the keyword rules place in exactly one
 * category ("arrived broken"). Null when blank or not understood.
 */
export function readCategoryOverride(text: string): CategoryId | null {
  const key = aliasKey(text);
  if (key === '') return null;
  const direct = ALIAS_MAP.get(key) ?? ALIAS_MAP.get(key.replace(/\s+/g, ''));
  if (direct) return direct;
  const categories = new Set(findKeywords(text, 'override').map((m) => m.category));
  return categories.size === 1 ? [...categories][0] : null;
}

export type CategoryBasis =
  /** The seller's category column. */
  | 'override'
  /** Keywords in the reason and comment point clearly to one category. */
  | 'keywords'
  /** A chargeback whose words name no clear category (rule 3). */
  | 'chargeback'
  /** No keyword at all. */
  | 'noKeywords'
  /** Keywords of several categories, none clearly ahead. */
  | 'mixedSignals';

export interface Categorisation {
  category: CategoryId;
  basis: CategoryBasis;
  /** Every keyword found, also those of the categories that lost: the evidence. */
  matched: KeywordMatch[];
  /** The categories keywords pointed to, best first, with their scores. */
  scores: { category: TextCategory; score: number }[];
  /** An override the seller typed that could not be read, so the keywords decided. */
  unreadOverride: string | null;
}

/** What categorising needs from a defect record (`DefectRecord` has all of it). */
export interface CategoryInput {
  type: DefectType;
  comment: string;
  reason: string;
  category: string;
}

const REASON_WEIGHT = 2;
const COMMENT_WEIGHT = 1;

/**
 * Categorises one defective order from all its counting defect records (an order with a
 * negative feedback and an A-to-z claim is one defective order, odr-rules §1).
 */
export function categoriseOrder(records: readonly CategoryInput[]): Categorisation {
  let override: CategoryId | null = null;
  let unreadOverride: string | null = null;
  for (const r of records) {
    const text = r.category.trim();
    if (text === '') continue;
    const id = readCategoryOverride(text);
    if (id && !override) override = id;
    if (!id && unreadOverride === null) unreadOverride = text;
  }
  // Records of one row share its texts; each distinct text is read once.
  const reasons = [...new Set(records.map((r) => r.reason.trim()).filter(Boolean))];
  const comments = [...new Set(records.map((r) => r.comment.trim()).filter(Boolean))];
  const matched = [
    ...reasons.flatMap((t) => findKeywords(t, 'reason')),
    ...comments.flatMap((t) => findKeywords(t, 'comment')),
  ];
  const scoreOf = new Map<TextCategory, number>();
  const counted = new Set<string>();
  for (const m of matched) {
    const key = `${m.source}\u0000${m.category}\u0000${m.text.toLowerCase()}`;
    if (counted.has(key)) continue; // "broken, broken, broken" is one signal
    counted.add(key);
    const weight = m.source === 'reason' ? REASON_WEIGHT : COMMENT_WEIGHT;
    scoreOf.set(m.category, (scoreOf.get(m.category) ?? 0) + weight);
  }
  const scores = [...scoreOf]
    .map(([category, score]) => ({ category, score }))
    .sort(
      (a, b) =>
        b.score - a.score || CATEGORY_IDS.indexOf(a.category) - CATEGORY_IDS.indexOf(b.category),
    );
  const base = { matched, scores, unreadOverride: override ? null : unreadOverride };
  if (override) return { category: override, basis: 'override', ...base };
  const [best, second] = scores;
  if (best && (!second || best.score >= 2 * second.score)) {
    return { category: best.category, basis: 'keywords', ...base };
  }
  if (records.some((r) => r.type === 'chargeback')) {
    return { category: 'chargeback', basis: 'chargeback', ...base };
  }
  return { category: 'uncategorised', basis: best ? 'mixedSignals' : 'noKeywords', ...base };
}

/** Categorises a single defect record. */
export function categoriseDefect(record: CategoryInput): Categorisation {
  return categoriseOrder([record]);
}

/** Categorises free text as a comment (handy for tests and the sidebar). */
export function categoriseText(comment: string, reason = ''): Categorisation {
  return categoriseOrder([{ type: 'negativeFeedback', comment, reason, category: '' }]);
}
