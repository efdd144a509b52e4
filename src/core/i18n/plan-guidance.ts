/**
 * The plan of action's guidance per complaint category (odr-rules §5's table; the data that
 * picks them is src/core/plan/guidance.ts): what to think about for the root cause
 * (`guide.<category>.prompt`), typical corrective actions (past tense), preventive measures and
 * the evidence to attach. The measures also go into the English appeal letter.
 */
export const PLAN_GUIDANCE_EN = {
  'guide.notReceived.prompt':
    'Why did these orders arrive late or not at all? For example: untracked or slow shipping service, shipment confirmed late, handling time shorter than the warehouse achieves, parcels lost in transit.',
  'guide.notReceived.corrective.refunded': 'Refunded the buyers whose orders did not arrive.',
  'guide.notReceived.corrective.reshipped':
    'Re-shipped with tracking where the buyer still wanted the item.',
  'guide.notReceived.preventive.buyShipping':
    'Every order ships with Amazon Buy Shipping and a valid tracking number (claims protected when shipped on time).',
  'guide.notReceived.preventive.confirmSameDay':
    'Shipment is confirmed in Seller Central the same day the parcel is handed over, with its tracking number.',
  'guide.notReceived.preventive.handlingTime':
    'Handling time is set to what the warehouse achieves and reviewed weekly against actual ship dates.',
  'guide.notReceived.preventive.transitTimes':
    'Shipping templates use the transit times measured on delivered orders for each region.',
  'guide.notReceived.preventive.addressCheck':
    'The delivery address is checked against the Amazon order before the label prints; signature confirmation above a set order value.',
  'guide.notReceived.evidence.tracking':
    'Tracking numbers with delivery scans for the affected orders',
  'guide.notReceived.evidence.labelReceipts': 'Buy Shipping label receipts',
  'guide.notReceived.evidence.confirmationTimes': 'Shipment-confirmation timestamps',
  'guide.notReceived.evidence.refundRecords': 'Refund and re-shipment records',

  'guide.damaged.prompt':
    'Why did these items arrive damaged or faulty? For example: a supplier batch with defects, packaging too weak for the product, no check before shipping.',
  'guide.damaged.corrective.refundedOrReplaced':
    'Refunded or replaced the damaged or defective items.',
  'guide.damaged.corrective.quarantined':
    'Quarantined and inspected the remaining stock of the affected SKUs.',
  'guide.damaged.preventive.qualityCheck':
    'Pre-shipment quality check on every unit against a written checklist (function test and visual check).',
  'guide.damaged.preventive.packagingStandard':
    'Packaging standard per SKU: [box strength, padding, fragile items double-boxed], with a drop test for fragile items.',
  'guide.damaged.preventive.supplierAudit':
    'Supplier audit and incoming-stock inspection; faulty batches are quarantined before sale.',
  'guide.damaged.evidence.checklist': 'The quality-check checklist',
  'guide.damaged.evidence.packagingPhotos': 'Photos of the packaging standard',
  'guide.damaged.evidence.supplierReports': 'Supplier inspection reports or invoices',
  'guide.damaged.evidence.refundRecords': 'Refund and replacement records',

  'guide.notAsDescribed.prompt':
    'Why did buyers receive something different from the listing? For example: listing errors (title, images, size chart), picking errors, mixed-up stock.',
  'guide.notAsDescribed.corrective.listingsCorrected':
    'Corrected the listings (title, images, description, size chart) of the affected SKUs.',
  'guide.notAsDescribed.corrective.refundedOrReplaced': 'Refunded or replaced the affected buyers.',
  'guide.notAsDescribed.preventive.listingReview':
    'Listing review: title, images, bullet points and size chart checked against the physical product.',
  'guide.notAsDescribed.preventive.scanVerification':
    "Pick-and-pack verification: every item's barcode is scanned against the order before the parcel is sealed.",
  'guide.notAsDescribed.preventive.sizeCharts':
    'Size charts are measured on samples of each SKU and match the listing.',
  'guide.notAsDescribed.preventive.authorisedStock':
    'Stock comes only from authorised suppliers with invoices on file; returned items are inspected and never resold as new.',
  'guide.notAsDescribed.evidence.listingScreenshots':
    'Screenshots of the corrected listings (before and after)',
  'guide.notAsDescribed.evidence.productPhotos': 'Photos of the product next to the listing',
  'guide.notAsDescribed.evidence.scanLogs': 'Pick-and-pack scan logs',

  'guide.incomplete.prompt':
    'Why were parts or items missing? For example: no packing list per SKU, multi-unit orders not counted, supplier packs incomplete.',
  'guide.incomplete.corrective.sentParts': 'Sent the missing parts or refunded the buyers.',
  'guide.incomplete.corrective.stockChecked': 'Checked the remaining stock for complete contents.',
  'guide.incomplete.preventive.packingChecklist':
    'Packing checklist per SKU listing every part and accessory, ticked before the parcel is sealed.',
  'guide.incomplete.preventive.quantityScan':
    'Pick-and-pack verification by scan, including a quantity check for multi-unit orders.',
  'guide.incomplete.preventive.listingContents': 'The listing states exactly what is in the box.',
  'guide.incomplete.evidence.packingChecklist': 'The packing checklist per SKU',
  'guide.incomplete.evidence.contentsPhotos': 'Photos of packed contents',
  'guide.incomplete.evidence.replacementTracking': 'Tracking of the replacement parts sent',

  'guide.returnRefund.prompt':
    'Why were returns or refunds not handled? For example: return requests left over 48 hours, returns refused, refunds issued late.',
  'guide.returnRefund.corrective.authorised': 'Authorised the open return requests.',
  'guide.returnRefund.corrective.refunded': 'Refunded the buyers.',
  'guide.returnRefund.preventive.dailyQueue':
    'The return queue is checked every day and requests are answered within 24 hours.',
  'guide.returnRefund.preventive.autoAuthorisation':
    "Automatic return authorisation is on for requests within Amazon's return policy.",
  'guide.returnRefund.preventive.refundTime':
    'Refunds are issued within 2 business days of the return arriving.',
  'guide.returnRefund.evidence.refundRecords': 'Return authorisation and refund records with dates',
  'guide.returnRefund.evidence.settingsScreenshot': 'Screenshot of the return settings',

  'guide.service.prompt':
    'Why did buyers go without an answer? For example: slow or no replies, no cover at weekends, no templates for common questions.',
  'guide.service.corrective.contacted': 'Contacted each buyer and resolved the open questions.',
  'guide.service.preventive.replyTime':
    'Buyer messages are answered within 24 hours, weekends included (named cover).',
  'guide.service.preventive.templates':
    'Message templates for common questions (delivery status, returns, faults).',
  'guide.service.preventive.dailyCheck':
    'A daily check of Buyer-Seller Messaging for messages without a reply.',
  'guide.service.preventive.training':
    'Customer-service staff trained on standard replies, with an escalation rule for complaints.',
  'guide.service.evidence.responseTimes': 'Buyer-Seller Messaging response-time report',
  'guide.service.evidence.templates': 'The message templates',
  'guide.service.evidence.coverSchedule': 'The support cover schedule',

  'guide.chargeback.prompt':
    'Why did buyers dispute the charge with their bank? For example: shipped to an address other than the order, no proof of delivery, no answer to the chargeback notice.',
  'guide.chargeback.corrective.answered':
    'Answered each chargeback notice within 7 days with tracking and proof of delivery.',
  'guide.chargeback.preventive.orderAddress':
    'Orders ship only to the address in the Amazon order.',
  'guide.chargeback.preventive.signature': 'Signature confirmation for orders above [order value].',
  'guide.chargeback.preventive.answerNotices':
    'Chargeback notices are answered within 7 days with tracking and proof of delivery.',
  'guide.chargeback.evidence.responses': 'The chargeback responses with tracking',
  'guide.chargeback.evidence.proofOfDelivery': 'Proof of delivery and signature confirmations',

  'guide.uncategorised.prompt':
    'These orders name no clear cause. Read the comments and messages, set the category column, and write the plan again.',
  'guide.uncategorised.corrective.contacted':
    'Contacted each buyer to understand and resolve the problem.',
  'guide.uncategorised.evidence.messages': 'Buyer messages for these orders',
} as const;

export const PLAN_GUIDANCE_ZH: Record<keyof typeof PLAN_GUIDANCE_EN, string> = {
  'guide.notReceived.prompt':
    '这些订单为什么延迟送达或未送达？例如：配送服务没有物流跟踪或速度慢、确认发货太晚、设置的处理时间短于仓库实际所需、包裹在运输途中丢失。',
  'guide.notReceived.corrective.refunded': '已为未收到订单的买家退款。',
  'guide.notReceived.corrective.reshipped':
    '买家仍需要商品的，已使用带物流跟踪的配送方式重新发货。',
  'guide.notReceived.preventive.buyShipping':
    '每个订单都通过亚马逊购买配送发货，并带有效的物流跟踪编号（按时发货的订单受索赔保护）。',
  'guide.notReceived.preventive.confirmSameDay':
    '包裹交给承运人当天即在卖家平台确认发货，并填写物流跟踪编号。',
  'guide.notReceived.preventive.handlingTime':
    '处理时间按仓库实际能做到的时间设置，并每周对照实际发货日期复核。',
  'guide.notReceived.preventive.transitTimes': '配送模板使用按地区从已送达订单实测的运输时间。',
  'guide.notReceived.preventive.addressCheck':
    '打印面单前核对收货地址与亚马逊订单一致；订单金额超过设定值时要求签收确认。',
  'guide.notReceived.evidence.tracking': '受影响订单的物流跟踪编号及妥投扫描记录',
  'guide.notReceived.evidence.labelReceipts': '亚马逊购买配送的面单收据',
  'guide.notReceived.evidence.confirmationTimes': '确认发货的时间记录',
  'guide.notReceived.evidence.refundRecords': '退款和重新发货记录',

  'guide.damaged.prompt':
    '这些商品为什么到货时损坏或有故障？例如：供应商某批次有缺陷、包装强度不足以保护商品、发货前没有检查。',
  'guide.damaged.corrective.refundedOrReplaced': '已为损坏或有缺陷的商品退款或换货。',
  'guide.damaged.corrective.quarantined': '已隔离并检查受影响 SKU 的剩余库存。',
  'guide.damaged.preventive.qualityCheck': '发货前按书面检查清单逐件质检（功能测试和外观检查）。',
  'guide.damaged.preventive.packagingStandard':
    '每个 SKU 的包装标准：[纸箱强度、填充物、易碎品双层包装]，易碎品做跌落测试。',
  'guide.damaged.preventive.supplierAudit': '审核供应商并检验入库货品；有问题的批次在销售前隔离。',
  'guide.damaged.evidence.checklist': '质检清单',
  'guide.damaged.evidence.packagingPhotos': '包装标准的照片',
  'guide.damaged.evidence.supplierReports': '供应商检验报告或发票',
  'guide.damaged.evidence.refundRecords': '退款和换货记录',

  'guide.notAsDescribed.prompt':
    '买家为什么收到与商品详情页不符的商品？例如：商品详情页有误（标题、图片、尺码表）、拣货错误、库存混放。',
  'guide.notAsDescribed.corrective.listingsCorrected':
    '已更正受影响 SKU 的商品详情页（标题、图片、描述、尺码表）。',
  'guide.notAsDescribed.corrective.refundedOrReplaced': '已为受影响的买家退款或换货。',
  'guide.notAsDescribed.preventive.listingReview':
    '复核商品详情页：对照实物检查标题、图片、五点描述和尺码表。',
  'guide.notAsDescribed.preventive.scanVerification':
    '拣货包装核验：封箱前逐件扫描条码，与订单核对。',
  'guide.notAsDescribed.preventive.sizeCharts': '尺码表按每个 SKU 的样品实测，并与商品详情页一致。',
  'guide.notAsDescribed.preventive.authorisedStock':
    '库存只来自有发票存档的授权供应商；退回的商品经检查后绝不作为新品再次销售。',
  'guide.notAsDescribed.evidence.listingScreenshots': '更正前后的商品详情页截图',
  'guide.notAsDescribed.evidence.productPhotos': '商品实物与详情页对照的照片',
  'guide.notAsDescribed.evidence.scanLogs': '拣货包装扫描记录',

  'guide.incomplete.prompt':
    '为什么缺少配件或商品？例如：没有按 SKU 的装箱清单、多件订单没有清点数量、供应商的包装本身不完整。',
  'guide.incomplete.corrective.sentParts': '已补发缺少的配件，或为买家退款。',
  'guide.incomplete.corrective.stockChecked': '已检查剩余库存的内容是否完整。',
  'guide.incomplete.preventive.packingChecklist':
    '每个 SKU 都有列出全部部件和配件的装箱清单，封箱前逐项勾选。',
  'guide.incomplete.preventive.quantityScan': '扫描核验拣货包装，多件订单同时核对数量。',
  'guide.incomplete.preventive.listingContents': '商品详情页准确写明包装内容。',
  'guide.incomplete.evidence.packingChecklist': '每个 SKU 的装箱清单',
  'guide.incomplete.evidence.contentsPhotos': '装箱内容的照片',
  'guide.incomplete.evidence.replacementTracking': '补发配件的物流跟踪信息',

  'guide.returnRefund.prompt':
    '为什么退货或退款没有处理？例如：退货请求超过 48 小时未处理、拒绝退货、退款太晚。',
  'guide.returnRefund.corrective.authorised': '已批准未处理的退货请求。',
  'guide.returnRefund.corrective.refunded': '已为买家退款。',
  'guide.returnRefund.preventive.dailyQueue': '每天检查退货请求，并在 24 小时内处理。',
  'guide.returnRefund.preventive.autoAuthorisation': '对符合亚马逊退货政策的请求开启自动批准退货。',
  'guide.returnRefund.preventive.refundTime': '退货到达后 2 个工作日内退款。',
  'guide.returnRefund.evidence.refundRecords': '带日期的退货批准和退款记录',
  'guide.returnRefund.evidence.settingsScreenshot': '退货设置的截图',

  'guide.service.prompt':
    '买家为什么没有得到答复？例如：回复慢或不回复、周末无人值守、常见问题没有回复模板。',
  'guide.service.corrective.contacted': '已联系每位买家，并解决了未决的问题。',
  'guide.service.preventive.replyTime': '买家消息在 24 小时内回复，周末也不例外（指定值班人员）。',
  'guide.service.preventive.templates': '为常见问题准备消息模板（配送状态、退货、故障）。',
  'guide.service.preventive.dailyCheck': '每天检查买家与卖家消息中尚未回复的消息。',
  'guide.service.preventive.training': '客服人员接受标准回复培训，并有投诉升级规则。',
  'guide.service.evidence.responseTimes': '买家与卖家消息的回复时间报告',
  'guide.service.evidence.templates': '消息模板',
  'guide.service.evidence.coverSchedule': '客服值班表',

  'guide.chargeback.prompt':
    '买家为什么向银行提出信用卡拒付索赔？例如：发往与订单不同的地址、没有妥投证明、没有回复信用卡拒付索赔通知。',
  'guide.chargeback.corrective.answered':
    '已在 7 天内用物流跟踪信息和妥投证明回复每一条信用卡拒付索赔通知。',
  'guide.chargeback.preventive.orderAddress': '订单只发往亚马逊订单中的地址。',
  'guide.chargeback.preventive.signature': '订单金额超过[订单金额]时要求签收确认。',
  'guide.chargeback.preventive.answerNotices':
    '信用卡拒付索赔通知在 7 天内用物流跟踪信息和妥投证明回复。',
  'guide.chargeback.evidence.responses': '附物流跟踪信息的信用卡拒付索赔回复',
  'guide.chargeback.evidence.proofOfDelivery': '妥投证明和签收确认',

  'guide.uncategorised.prompt':
    '这些订单没有写明清楚的原因。请阅读评论和消息，填写类别列，然后重新生成行动计划。',
  'guide.uncategorised.corrective.contacted': '已联系每位买家，了解并解决问题。',
  'guide.uncategorised.evidence.messages': '这些订单的买家消息',
};
