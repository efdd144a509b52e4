/**
 * The plan of action's guidance per complaint category (docs/rules.md §5's table; the data that
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
  // FBA orders the plan argues (src/core/plan/guidance.ts FBA_GUIDES): Amazon fulfils them and
  // handles their returns, so delivery complaints are Amazon's to strike through; listings,
  // product quality and what goes into each unit sent to FBA stay the seller's.
  'guide.fba.notReceived.prompt':
    "Amazon delivered these FBA orders, so late or lost deliveries are Amazon's responsibility, not a cause in your business. Check that no order is yours to fix, then ask Amazon to strike through the negative feedback and Seller Support to review the A-to-z claims about delivery.",
  'guide.fba.notReceived.corrective.strikeThrough':
    'Asked Amazon to strike through the negative feedback about delivery on these FBA orders (Feedback Manager).',
  'guide.fba.notReceived.corrective.claimReview':
    'Asked Seller Support to review the A-to-z claims about delivery on these FBA orders, which Amazon fulfilled.',
  'guide.fba.preventive.weeklyFeedbackCheck':
    'Negative feedback on FBA orders is checked every week; feedback about delivery is sent to Amazon for strike-through within the 90 days.',
  'guide.fba.evidence.requests': 'Feedback Manager removal requests and Seller Support case IDs',
  'guide.fba.damaged.prompt':
    "Was the item faulty before it reached Amazon (product quality: yours), or damaged in Amazon's warehouse or delivery (Amazon's: ask for the strike-through)? Check the FBA customer returns report for these SKUs.",
  'guide.fba.damaged.corrective.strikeThrough':
    'Asked Amazon to strike through the negative feedback about damage in delivery on these FBA orders.',
  'guide.fba.damaged.corrective.inspected':
    'Had the remaining FBA units of the affected SKUs sent back (removal order) and inspected them.',
  'guide.fba.damaged.preventive.inboundCheck':
    'Every unit is quality-checked against a written checklist before each shipment to the FBA warehouse.',
  'guide.fba.damaged.preventive.returnsReview':
    'The FBA customer returns report is reviewed weekly per SKU; a SKU returned as defective is checked with the supplier.',
  'guide.fba.damaged.evidence.returnsReport':
    'The FBA customer returns report for the affected SKUs',
  'guide.fba.notAsDescribed.prompt':
    'Listing errors are yours on FBA orders too (title, images, size chart); a wrong item can also come from commingled stock or a mislabelled shipment to FBA.',
  'guide.fba.notAsDescribed.corrective.inventoryChecked':
    'Checked the FBA inventory of the affected SKUs for mislabelled units (removal order for inspection).',
  'guide.fba.notAsDescribed.preventive.ownLabels':
    "Units carry the seller's own FNSKU labels (no commingled stock), checked against the SKU before each shipment to FBA.",
  'guide.fba.notAsDescribed.evidence.labels': 'Photos of the FNSKU labels on the units sent to FBA',
  'guide.fba.incomplete.prompt':
    'Parts missing from an FBA order were missing when the unit was sent to Amazon: packing each unit before the shipment to FBA is yours.',
  'guide.fba.incomplete.corrective.inventoryChecked':
    'Checked the FBA inventory of the affected SKUs for incomplete units (removal order for inspection).',
  'guide.fba.incomplete.preventive.packingChecklist':
    'Packing checklist per SKU listing every part and accessory, ticked for each unit before the shipment to FBA.',
  'guide.fba.returnRefund.prompt':
    "Amazon handles returns and refunds of FBA orders: a complaint about them is Amazon's to resolve. Ask Seller Support to review the A-to-z claims and Amazon to strike through the negative feedback.",
  'guide.fba.returnRefund.corrective.claimReview':
    'Asked Seller Support to review the claims about returns and refunds on these FBA orders, which Amazon handles.',
  'guide.fba.service.prompt':
    "Did the buyer write to you (Buyer-Seller Messages are yours to answer on FBA orders too), or complain about Amazon's customer service (Amazon's: ask for the strike-through)?",
  'guide.fba.service.corrective.strikeThrough':
    "Asked Amazon to strike through the negative feedback about Amazon's customer service on these FBA orders.",
  'guide.fba.chargeback.prompt':
    'Amazon delivered these FBA orders and holds the proof of delivery. Were the chargeback notices answered within 7 days?',
  'guide.fba.chargeback.corrective.proof':
    "Answered each chargeback notice within 7 days with Amazon's proof of delivery for the FBA order.",
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
    '为什么退货或退款没有处理？例如：退货请求超过48小时未处理、拒绝退货、退款太晚。',
  'guide.returnRefund.corrective.authorised': '已批准未处理的退货请求。',
  'guide.returnRefund.corrective.refunded': '已为买家退款。',
  'guide.returnRefund.preventive.dailyQueue': '每天检查退货请求，并在24小时内处理。',
  'guide.returnRefund.preventive.autoAuthorisation': '对符合亚马逊退货政策的请求开启自动批准退货。',
  'guide.returnRefund.preventive.refundTime': '退货到达后2个工作日内退款。',
  'guide.returnRefund.evidence.refundRecords': '带日期的退货批准和退款记录',
  'guide.returnRefund.evidence.settingsScreenshot': '退货设置的截图',

  'guide.service.prompt':
    '买家为什么没有得到答复？例如：回复慢或不回复、周末无人值守、常见问题没有回复模板。',
  'guide.service.corrective.contacted': '已联系每位买家，并解决了未决的问题。',
  'guide.service.preventive.replyTime': '买家消息在24小时内回复，周末也不例外（指定值班人员）。',
  'guide.service.preventive.templates': '为常见问题准备消息模板（配送状态、退货、故障）。',
  'guide.service.preventive.dailyCheck': '每天检查买家与卖家消息中尚未回复的消息。',
  'guide.service.preventive.training': '客服人员接受标准回复培训，并有投诉升级规则。',
  'guide.service.evidence.responseTimes': '买家与卖家消息的回复时间报告',
  'guide.service.evidence.templates': '消息模板',
  'guide.service.evidence.coverSchedule': '客服值班表',

  'guide.chargeback.prompt':
    '买家为什么向银行提出信用卡拒付索赔？例如：发往与订单不同的地址、没有妥投证明、没有回复信用卡拒付索赔通知。',
  'guide.chargeback.corrective.answered':
    '已在7天内用物流跟踪信息和妥投证明回复每一条信用卡拒付索赔通知。',
  'guide.chargeback.preventive.orderAddress': '订单只发往亚马逊订单中的地址。',
  'guide.chargeback.preventive.signature': '订单金额超过[订单金额]时要求签收确认。',
  'guide.chargeback.preventive.answerNotices':
    '信用卡拒付索赔通知在7天内用物流跟踪信息和妥投证明回复。',
  'guide.chargeback.evidence.responses': '附物流跟踪信息的信用卡拒付索赔回复',
  'guide.chargeback.evidence.proofOfDelivery': '妥投证明和签收确认',

  'guide.uncategorised.prompt':
    '这些订单没有写明清楚的原因。请阅读评论和消息，填写类别列，然后重新生成行动计划。',
  'guide.uncategorised.corrective.contacted': '已联系每位买家，了解并解决问题。',
  'guide.uncategorised.evidence.messages': '这些订单的买家消息',
  'guide.fba.notReceived.prompt':
    '这些亚马逊配送订单由亚马逊负责送达，送达延迟或丢件属于亚马逊的责任，而不是您业务中的原因。请确认没有需要您处理的订单，然后请亚马逊划除相关负面反馈，并请卖家支持审核与配送有关的亚马逊商城交易保障索赔。',
  'guide.fba.notReceived.corrective.strikeThrough':
    '已请亚马逊划除这些亚马逊配送订单上与配送有关的负面反馈（反馈管理器）。',
  'guide.fba.notReceived.corrective.claimReview':
    '已请卖家支持审核这些亚马逊配送订单上与配送有关的亚马逊商城交易保障索赔（由亚马逊配送）。',
  'guide.fba.preventive.weeklyFeedbackCheck':
    '每周检查亚马逊配送订单上的负面反馈；与配送有关的负面反馈在90天内提交亚马逊申请划除。',
  'guide.fba.evidence.requests': '反馈管理器的移除申请和卖家支持的案例编号',
  'guide.fba.damaged.prompt':
    '商品在到达亚马逊之前就有问题（商品质量：您的责任），还是在亚马逊仓库或配送途中损坏（亚马逊的责任：申请划除）？请查看这些 SKU 的亚马逊配送买家退货报告。',
  'guide.fba.damaged.corrective.strikeThrough':
    '已请亚马逊划除这些亚马逊配送订单上关于配送途中损坏的负面反馈。',
  'guide.fba.damaged.corrective.inspected':
    '已将受影响 SKU 在亚马逊配送仓库的剩余库存移除（移除订单）并进行检查。',
  'guide.fba.damaged.preventive.inboundCheck': '每次发往亚马逊配送仓库前，按书面检查清单逐件质检。',
  'guide.fba.damaged.preventive.returnsReview':
    '每周按 SKU 复核亚马逊配送买家退货报告；以“有缺陷”退回的 SKU 与供应商核查。',
  'guide.fba.damaged.evidence.returnsReport': '受影响 SKU 的亚马逊配送买家退货报告',
  'guide.fba.notAsDescribed.prompt':
    '商品详情页的错误在亚马逊配送订单上也是您的责任（标题、图片、尺码表）；发错商品也可能来自混合库存或发往亚马逊配送时贴错标签。',
  'guide.fba.notAsDescribed.corrective.inventoryChecked':
    '已检查受影响 SKU 在亚马逊配送仓库的库存是否有贴错标签的商品（移除订单以便检查）。',
  'guide.fba.notAsDescribed.preventive.ownLabels':
    '商品贴有卖家自己的 FNSKU 标签（不使用混合库存），每次发往亚马逊配送前与 SKU 核对。',
  'guide.fba.notAsDescribed.evidence.labels': '发往亚马逊配送的商品上 FNSKU 标签的照片',
  'guide.fba.incomplete.prompt':
    '亚马逊配送订单缺少的配件，在商品发往亚马逊时就已缺少：发往亚马逊配送前的逐件包装是您的责任。',
  'guide.fba.incomplete.corrective.inventoryChecked':
    '已检查受影响 SKU 在亚马逊配送仓库的库存是否有不完整的商品（移除订单以便检查）。',
  'guide.fba.incomplete.preventive.packingChecklist':
    '每个 SKU 都有列出全部部件和配件的装箱清单，每件商品发往亚马逊配送前逐项勾选。',
  'guide.fba.returnRefund.prompt':
    '亚马逊配送订单的退货和退款由亚马逊处理：相关投诉由亚马逊解决。请让卖家支持审核亚马逊商城交易保障索赔，并请亚马逊划除负面反馈。',
  'guide.fba.returnRefund.corrective.claimReview':
    '已请卖家支持审核这些亚马逊配送订单上关于退货和退款的索赔（由亚马逊处理）。',
  'guide.fba.service.prompt':
    '买家是给您发了消息（买家与卖家消息在亚马逊配送订单上也由您回复），还是投诉了亚马逊的客服（亚马逊的责任：申请划除）？',
  'guide.fba.service.corrective.strikeThrough':
    '已请亚马逊划除这些亚马逊配送订单上关于亚马逊客服的负面反馈。',
  'guide.fba.chargeback.prompt':
    '这些亚马逊配送订单由亚马逊送达，妥投证明在亚马逊。信用卡拒付索赔通知是否在7天内回复？',
  'guide.fba.chargeback.corrective.proof':
    '已在7天内用亚马逊提供的妥投证明回复每一条亚马逊配送订单的信用卡拒付索赔通知。',
};
