/**
 * The keyword table the matcher reads (data only). Each theme lists phrases per language.
 */
import type { ThemeId } from './categories';

export type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'ja' | 'zh';

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
