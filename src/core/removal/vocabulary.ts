/**
 * The words the feedback-removal check reads (data only), per language. Latin-script entries
 * match at the start of a word after case and accents are folded ("livr" matches "livré",
 * "Livraison"); a trailing `$` asks for the whole word. Japanese and Chinese entries match as
 * substrings.
 *
 * - `service`: the seller's service or the fulfilment — the feedback is not only about the
 *   product, so it is not "entirely a product review".
 * - `delivery`: delivery, the parcel and Amazon's customer service — on an FBA order, Amazon's
 *   to answer for (docs/rules.md §3).
 * - `product`: the product itself — quality, function, material, fit.
 * - `obscene`: words Amazon's guidelines treat as obscene or profane.
 */

export interface RemovalVocabulary {
  service: readonly string[];
  delivery: readonly string[];
  product: readonly string[];
  obscene: readonly string[];
}

// prettier-ignore
export const REMOVAL_WORDS: Readonly<Record<'latin' | 'ja' | 'zh', RemovalVocabulary>> = {
  latin: {
    service: [
      // English
      'seller', 'vendor', 'merchant', 'shop$', 'store$', 'ship', 'deliver', 'arriv', 'came$',
      'package', 'packag', 'parcel', 'box$', 'boxes$', 'late$', 'tracking', 'courier', 'carrier',
      'driver', 'postman', 'refund', 'return', 'replac', 'contact', 'repl', 'respon', 'answer',
      'message', 'email', 'e-mail', 'customer service', 'support$', 'wrong', 'missing',
      'not receiv', 'never receiv', 'didnt receiv', 'sent$', 'send$', 'cancel', 'never got', 'not as described', 'description',
      'listing', 'photo', 'picture', 'advertis', 'fake$', 'counterfeit', 'used$', 'opened$',
      'scam', 'rip off', 'ripoff', 'fraud',
      // German
      'verkaufer', 'handler', 'versand', 'versend', 'liefer', 'geliefert', 'zugestellt', 'paket',
      'verpack', 'erstatt', 'ruckgabe', 'retour', 'zuruck', 'angekommen', 'antwort',
      'kundenservice', 'kundendienst', 'falsch', 'fehlt', 'fehlend', 'nie erhalten', 'nicht erhalten',
      'beschreibung', 'gebraucht',
      // French
      'vendeur', 'livr', 'colis', 'emball', 'rembours', 'retour', 'arriv', 'repons',
      'service client', 'sav$', 'manqu', 'pas recu', 'jamais recu', 'envoi', 'envoy', 'mauvais',
      'description', 'annonce', 'occasion',
      // Spanish
      'vendedor', 'tienda', 'envio', 'enviad', 'entreg', 'paquete', 'embalaje', 'reembols',
      'devoluc', 'devolv', 'llego', 'llegado', 'respuesta', 'respond', 'atencion al cliente',
      'falta', 'no recibi', 'nunca recibi', 'equivocad', 'descripcion', 'anuncio', 'usado$',
      // Italian
      'venditore', 'negozio', 'spedi', 'consegn', 'pacco', 'imball', 'rimbors', 'reso$',
      'arrivat', 'rispost', 'rispond', 'assistenza', 'manca', 'non ricevut', 'mai ricevut', 'sbagliat',
      'descrizione', 'annuncio', 'usato$',
    ],
    delivery: [
      'deliver', 'arriv', 'late$', 'never came', 'never got', 'never receiv', 'not receiv',
      'tracking', 'courier', 'carrier', 'driver', 'postman', 'package', 'parcel', 'box$',
      'packag', 'left at', 'doorstep', 'porch', 'amazon customer service', 'amazon support',
      'in transit', 'crushed', 'dented',
      'liefer', 'geliefert', 'zugestellt', 'paket', 'verpack', 'angekommen', 'zu spat', 'zusteller',
      'livr', 'colis', 'emball', 'en retard', 'transporteur', 'livreur', 'jamais recu',
      'entreg', 'paquete', 'embalaje', 'llego', 'tarde$', 'repartidor', 'transportista',
      'consegn', 'pacco', 'imball', 'in ritardo', 'corriere', 'arrivat',
    ],
    product: [
      // English
      'quality', 'cheap', 'flimsy', 'work', 'stopped', 'battery', 'batteries', 'smell', 'taste',
      'material', 'fabric', 'sound', 'loud', 'noisy', 'weak', 'design', 'instructions', 'size$',
      'small$', 'big$', 'comfortable', 'uncomfortable', 'useless', 'waste of money', 'poor',
      'poorly made', 'product', 'doesnt', 'does not', 'broke after', 'after a week',
      'after two weeks', 'after a month', 'leak', 'color', 'colour', 'faded', 'thin$', 'heavy',
      'light$', 'blurry', 'slow$', 'charge', 'screen', 'button', 'zipper', 'seam', 'stitch',
      // German
      'qualitat', 'billig', 'funktion', 'akku', 'geruch', 'stinkt', 'stoff', 'laut$', 'schwach',
      'produkt', 'nach einer woche', 'nach zwei wochen', 'taugt', 'minderwertig', 'grosse$',
      // French
      'qualite', 'fonctionn', 'marche pas', 'batterie', 'odeur', 'matiere', 'tissu', 'bruit',
      'produit', 'taille$', 'fragile', 'nul$', 'au bout de',
      // Spanish
      'calidad', 'funciona', 'bateria', 'olor', 'tela$', 'ruido', 'producto', 'talla$', 'endeble',
      'a los pocos dias', 'dejo de',
      // Italian
      'qualita', 'funziona', 'batteria', 'odore', 'materiale', 'tessuto', 'rumor', 'prodotto',
      'taglia$', 'scadente', 'dopo pochi giorni', 'smesso',
    ],
    obscene: [
      'fuck', 'shit', 'bullshit', 'asshole', 'bastard$', 'bitch', 'dickhead', 'motherf', 'wtf$',
      'scheiss', 'scheiße', 'arschloch', 'fick', 'wichser',
      'merde', 'putain', 'connard', 'encule', 'salope', 'bordel',
      'mierda', 'joder', 'cabron', 'gilipollas', 'puta$', 'hijo de puta', 'cono$',
      'cazzo', 'merda', 'stronz', 'vaffanculo', 'fanculo', 'coglion',
    ],
  },
  ja: {
    service: [
      '出品者', '販売者', 'ショップ', '店', '配送', '発送', '届', '梱包', '返金', '返品', '到着',
      '返信', '連絡', '対応', '違う商品', '別の商品', '入っていな', '足りな', '説明と',
      '中古', '偽物',
    ],
    delivery: ['配送', '配達', '届', '梱包', '箱', '到着', '遅', '追跡', '置き配', 'カスタマーサービス'],
    product: [
      '品質', '質が', '動かな', '使えな', '壊れ', '電池', 'バッテリー', '臭い', '匂い', '素材',
      '生地', '音が', '商品', '製品', '安っぽ', 'サイズ', '色が', '充電', '画面',
    ],
    obscene: ['クソ', 'くそ', '糞', 'ちくしょう', '死ね'],
  },
  zh: {
    service: [
      '卖家', '商家', '店家', '店铺', '发货', '物流', '快递', '配送', '送达', '没收到', '未收到',
      '包装', '退款', '退货', '客服', '回复', '少发', '发错', '漏发', '描述不符', '二手', '假货',
    ],
    delivery: ['物流', '快递', '配送', '送达', '送货', '包装', '箱子', '迟到', '延迟', '太慢', '没收到', '未收到', '亚马逊客服'],
    product: [
      '质量', '品质', '不能用', '没法用', '坏了', '电池', '味道', '材质', '面料', '噪音', '产品',
      '商品', '做工', '尺码', '颜色', '充电', '屏幕', '太小', '太大', '不好用',
    ],
    obscene: ['他妈', '妈的', '操你', '傻逼', '狗屎', '尼玛', '草泥马'],
  },
};
