import Foundation
import Testing
@testable import PolicyParse

/// One phrase in the style of a real plan and the mentions it must give, rendered by `MentionRendering`.
struct Phrase: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: [String]
    init(_ text: String, _ expected: [String]) {
        self.text = text
        self.expected = expected
    }
    var testDescription: String { text }
}

/// Amounts (金额): units, currencies, place words, comparators before and after, ranges, traps.
let amountPhrases: [Phrase] = [
    Phrase("网络安全产业规模超过250亿元", ["amount:超过250亿元=25000000000 CNY gt:超过"]),
    Phrase("共牟取暴利数十亿元", ["amount:数十亿元=1000000000 CNY gt:数"]),
    Phrase("闲置数亿元资金", ["amount:数亿元=100000000 CNY gt:数"]),
    Phrase("补贴总数十万元", ["amount:十万元=100000 CNY"]),
    Phrase("带动相关产业增长超过2500亿元", ["amount:超过2500亿元=250000000000 CNY gt:超过"]),
    Phrase("引育5家市值超百亿元的网络安全龙头企业", ["quantity:5家=5 家", "amount:超百亿元=10000000000 CNY gt:超"]),
    Phrase("营收超亿元的创新型企业", ["amount:超亿元=100000000 CNY gt:超"]),
    Phrase("发起成立不低于20亿元的网络安全产业基金", ["amount:不低于20亿元=2000000000 CNY gte:不低于"]),
    Phrase("产业规模争取突破30亿元", ["amount:突破30亿元=3000000000 CNY gt:突破"]),
    Phrase("产业总规模达到2万亿元", ["amount:达到2万亿元=2000000000000 CNY gte:达到"]),
    Phrase("数字经济规模达 354.6 亿元", ["amount:达 354.6 亿元=35460000000 CNY gte:达"]),
    Phrase("营业收入285.19 亿元", ["amount:285.19 亿元=28519000000 CNY"]),
    Phrase("一次性奖补100万元", ["amount:100万元=1000000 CNY"]),
    Phrase("给予奖补，最高500万元", ["amount:最高500万元=5000000 CNY lte:最高"]),
    Phrase("最高不超过300万元的创业担保贷款", ["amount:最高不超过300万元=3000000 CNY lte:最高不超过"]),
    Phrase("可以处5万元以下的罚款", ["amount:5万元以下=50000 CNY lte:以下"]),
    Phrase("处五万元以上二十万元以下的罚款", ["amount:五万元以上二十万元以下=50000~200000 CNY"]),
    Phrase("完成投资1000万元及以上的项目", ["amount:1000万元及以上=10000000 CNY gte:及以上"]),
    Phrase("实施1000项亿元以上技术改造", ["quantity:1000项=1000 项", "amount:亿元以上=100000000 CNY gte:以上"]),
    Phrase("总投资10亿元以上", ["amount:10亿元以上=1000000000 CNY gte:以上"]),
    Phrase("累计投入1000余万元", ["amount:1000余万元=10000000 CNY approx:余"]),
    Phrase("筹集资金3000多万元", ["amount:3000多万元=30000000 CNY approx:多"]),
    Phrase("带动投资约50亿元", ["amount:约50亿元=5000000000 CNY approx:约"]),
    Phrase("交易额近100亿元", ["amount:近100亿元=10000000000 CNY approx:近"]),
    Phrase("形成逾千亿元的产业规模", ["amount:逾千亿元=100000000000 CNY gt:逾"]),
    Phrase("每年安排资金5000万元左右", ["amount:5000万元左右=50000000 CNY approx:左右"]),
    Phrase("单个项目补助不足10万元的", ["amount:不足10万元=100000 CNY lt:不足"]),
    Phrase("低于500万元的项目", ["amount:低于500万元=5000000 CNY lt:低于"]),
    Phrase("少于50万元", ["amount:少于50万元=500000 CNY lt:少于"]),
    Phrase("高于1亿元", ["amount:高于1亿元=100000000 CNY gt:高于"]),
    Phrase("不高于200万元", ["amount:不高于200万元=2000000 CNY lte:不高于"]),
    Phrase("至少5000万元", ["amount:至少5000万元=50000000 CNY gte:至少"]),
    Phrase("不少于3亿元", ["amount:不少于3亿元=300000000 CNY gte:不少于"]),
    Phrase("控制在500万元以内", ["amount:控制在500万元以内=5000000 CNY lte:以内"]),
    Phrase("总投资5-10亿元", ["amount:5-10亿元=500000000~1000000000 CNY"]),
    Phrase("总投资5至10亿元", ["amount:5至10亿元=500000000~1000000000 CNY"]),
    Phrase("给予50万元至100万元奖励", ["amount:50万元至100万元=500000~1000000 CNY"]),
    Phrase("补助2.5-3万元", ["amount:2.5-3万元=25000~30000 CNY"]),
    Phrase("产业规模达1.2万亿元", ["amount:达1.2万亿元=1200000000000 CNY gte:达"]),
    Phrase("设立3千万元专项资金", ["amount:3千万元=30000000 CNY"]),
    Phrase("资本金5百万元", ["amount:5百万元=5000000 CNY"]),
    Phrase("服务费1,200元", ["amount:1,200元=1200 CNY"]),
    Phrase("注册资本1,000,000元", ["amount:1,000,000元=1000000 CNY"]),
    Phrase("每人每月800元", ["amount:800元=800 CNY"]),
    Phrase("奖励２０万元", ["amount:２０万元=200000 CNY"]),
    Phrase("吸引外资超过10亿美元", ["amount:超过10亿美元=1000000000 USD gt:超过"]),
    Phrase("出口额达到5000万美元以上", ["amount:达到5000万美元以上=50000000 USD gte:以上"]),
    Phrase("合作项目总额3亿欧元", ["amount:3亿欧元=300000000 EUR"]),
    Phrase("募集人民币10亿元", ["amount:人民币10亿元=1000000000 CNY"]),
    Phrase("不超过人民币500万元", ["amount:不超过人民币500万元=5000000 CNY lte:不超过"]),
    Phrase("投资额10亿人民币", ["amount:10亿人民币=1000000000 CNY"]),
    Phrase("打造百亿级产业集群", ["amount:百亿级=10000000000 CNY"]),
    Phrase("形成千亿级产业集群", ["amount:千亿级=100000000000 CNY"]),
    Phrase("建设万亿级数字经济产业", ["amount:万亿级=1000000000000 CNY"]),
    Phrase("培育5000亿级产业", ["amount:5000亿级=500000000000 CNY"]),
    Phrase("设立十亿元产业基金", ["amount:十亿元=1000000000 CNY"]),
    Phrase("拨付三千万元", ["amount:三千万元=30000000 CNY"]),
    Phrase("奖励二十万元", ["amount:二十万元=200000 CNY"]),
    Phrase("处一万元以上五万元以下罚款", ["amount:一万元以上五万元以下=10000~50000 CNY"]),
    Phrase("总额十余亿元", ["amount:十余亿元=1000000000 CNY approx:余"]),
    Phrase("建设面积2.89平方公里", ["quantity:2.89平方公里=2.89 平方公里"]),
    Phrase("规模为354.6，增速较快", []),
    Phrase("发展元宇宙产业", []),
    Phrase("推进单元化改造", []),
    Phrase("元旦前完成", []),
    Phrase("单位GDP能耗每万元下降", []),
    Phrase("万物互联下的新一代身份认证技术", []),
    Phrase("千家万户", []),
    Phrase("34.万元收入能耗支出", []),
    Phrase("补助50万元、100万元、150万元", ["amount:50万元=500000 CNY", "amount:100万元=1000000 CNY", "amount:150万元=1500000 CNY"]),
    Phrase("基金规模1000亿元", ["amount:1000亿元=100000000000 CNY"]),
    Phrase("资金0.5亿元", ["amount:0.5亿元=50000000 CNY"]),
]

/// Percentages (百分比) and percentage points (百分点).
let percentagePhrases: [Phrase] = [
    Phrase("年复合增长率超过25%", ["percent:超过25%=25 gt:超过"]),
    Phrase("在全国产业规模中占比超过10%", ["percent:超过10%=10 gt:超过"]),
    Phrase("网络安全投入占信息化总投入的比例不低于10%", ["percent:不低于10%=10 gte:不低于"]),
    Phrase("增长25％", ["percent:25％=25"]),
    Phrase("提高百分之二十五", ["percent:百分之二十五=25"]),
    Phrase("提高到百分之三十以上", ["percent:百分之三十以上=30 gte:以上"]),
    Phrase("生产效率提高20%以上", ["percent:20%以上=20 gte:以上"]),
    Phrase("机械化率总体达到50%左右", ["percent:达到50%左右=50 approx:左右"]),
    Phrase("投入比例约为 3%", ["percent:约为 3%=3 approx:约为"]),
    Phrase("带动投资约为3亿元", ["amount:约为3亿元=300000000 CNY approx:约为"]),
    Phrase("投入比例约3%", ["percent:约3%=3 approx:约"]),
    Phrase("增长3%左右", ["percent:3%左右=3 approx:左右"]),
    Phrase("年均增长率近 15%", ["percent:近 15%=15 approx:近"]),
    Phrase("按药品总用量的60%—70%估算", ["percent:60%—70%=60~70"]),
    Phrase("增长3%-5%", ["percent:3%-5%=3~5"]),
    Phrase("增长3-5%", ["percent:3-5%=3~5"]),
    Phrase("增速保持在3%～5%", ["percent:3%～5%=3~5"]),
    Phrase("下降5个百分点", ["point:5个百分点=5"]),
    Phrase("提高2.5个百分点以上", ["point:2.5个百分点以上=2.5 gte:以上"]),
    Phrase("提高五个百分点", ["point:五个百分点=5"]),
    Phrase("覆盖率不低于90%", ["percent:不低于90%=90 gte:不低于"]),
    Phrase("综合一窗率达90%以上", ["percent:达90%以上=90 gte:以上"]),
    Phrase("不超过投资额20%的比例给予补助", ["percent:不超过投资额20%=20"]).withExpected(["percent:20%=20 lte:不超过"]),
    Phrase("按不低于采购金额的30%提前预付", ["percent:30%=30 gte:不低于"]),
    Phrase("资金不少于上年度的10%", ["percent:10%=10 gte:不少于"]),
    Phrase("占地方财政收入的5%", ["percent:5%=5"]),
    Phrase("占比=门诊人次数/总人次数×100%", []),
    // A comparator before the first value of a list holds for the values listed after it.
    Phrase("机械化率分别达到50%和65%", ["percent:达到50%=50 gte:达到", "percent:65%=65"])
        .withExpected(["percent:达到50%=50 gte:达到", "percent:65%=65 gte:达到"]),
    Phrase("资金分别占比达30%、20%和10%", ["percent:达30%=30 gte:达", "percent:20%=20", "percent:10%=10"])
        .withExpected(["percent:达30%=30 gte:达", "percent:20%=20 gte:达", "percent:10%=10 gte:达"]),
    Phrase("增长10%以上、5%", ["percent:10%以上=10 gte:以上", "percent:5%=5"]),
    Phrase("约30%、20%", ["percent:约30%=30 approx:约", "percent:20%=20"]),
    Phrase("利用率达到75%以上", ["percent:达到75%以上=75 gte:以上"]),
    Phrase("普及率超过30%。", ["percent:超过30%=30 gt:超过"]),
    Phrase("降低成本10%以内", ["percent:10%以内=10 lte:以内"]),
    Phrase("失业率控制在5.5%以内", ["percent:控制在5.5%以内=5.5 lte:以内"]),
    Phrase("比重低于5%", ["percent:低于5%=5 lt:低于"]),
    Phrase("全市90%的重点领域", ["percent:90%=90"]),
    Phrase("日常监测（60%）+实地调研（20%）", ["percent:60%=60", "percent:20%=20"]),
    Phrase("返还失业保险费的50%", ["percent:50%=50"]),
    Phrase("达国家 10% 以上的比重", ["percent:10% 以上=10 gte:以上"]),
    Phrase("占比100%", ["percent:100%=100"]),
    Phrase("增长0.5%", ["percent:0.5%=0.5"]),
]

/// Years, periods and deadlines (年份与期限).
let yearPhrases: [Phrase] = [
    Phrase("到2023年，本市网络安全产业规模翻番", ["year:到2023年=2023"]),
    Phrase("行动计划（2021-2023年）", ["year:2021-2023年=2021~2023"]),
    Phrase("行动计划(2021—2023年)", ["year:2021—2023年=2021~2023"]),
    Phrase("2021年至2023年，全省", ["year:2021年至2023年=2021~2023"]),
    Phrase("三年行动方案（2024－2026）", ["year:2024－2026=2024~2026"]),
    Phrase("编号（2024-2026号）", []),
    Phrase("2021年-2023年", ["year:2021年-2023年=2021~2023"]),
    Phrase("2021至2023年", ["year:2021至2023年=2021~2023"]),
    Phrase("2023年底前完成", ["year:2023年底前=2023 deadline"]),
    Phrase("2023年底基本建成", ["year:2023年底=2023 deadline"]),
    Phrase("2022年6月底前完成", ["year:2022年6月底前=2022 m6 deadline"]),
    Phrase("截至2020年底，全区县道总里程427公里", ["year:截至2020年底=2020", "quantity:427公里=427 公里"]),
    Phrase("力争到2025年底建成", ["year:力争到2025年底=2025 deadline"]),
    Phrase("截至2025年底前完成", ["year:截至2025年底前=2025 deadline"]),
    Phrase("2025年前实现全覆盖", ["year:2025年前=2025 deadline"]),
    Phrase("2025年之前", ["year:2025年之前=2025 deadline"]),
    Phrase("2022年度重点任务", ["year:2022年度=2022"]),
    Phrase("自2016年1月起施行", ["year:2016年1月起=2016 m1 since"]),
    Phrase("本办法自2016年1月5日起施行", ["year:2016年1月5日起=2016 m1 d5 since"]),
    Phrase("从2019年起，职业院校相关专业教师原则上从具有3年以上企业工作经历的人员中公开招聘", ["year:2019年起=2019 since"]),
    Phrase("本政策自2021年开始执行", ["year:2021年开始=2021 since"]),
    Phrase("2016年以来累计投入", ["year:2016年以来=2016 since"]),
    Phrase("2019年1月12日", ["year:2019年1月12日=2019 m1 d12"]),
    Phrase("2019年1月1日至12月31日开展", ["year:2019年1月1日至12月31日=2019 m1 d1"]),
    Phrase("2019年1月1日至2020年12月31日", ["year:2019年1月1日至2020年12月31日=2019~2020 m1 d1"]),
    Phrase("2020年3月至6月底前完成", ["year:2020年3月至6月底前=2020 m3 deadline"]),
    Phrase("自2019年7月1日起至9月30日止", ["year:2019年7月1日起至9月30日止=2019 m7 d1"]),
    Phrase("二〇二三年", ["year:二〇二三年=2023"]),
    Phrase("二〇〇五年六月十一日", ["year:二〇〇五年六月十一日=2005 m6 d11"]),
    Phrase("“十四五”期间", ["year:“十四五”期间=2021~2025"]),
    Phrase("十三五时期", ["year:十三五时期=2016~2020"]),
    Phrase("“十二五”规划", ["year:“十二五”=2011~2015"]),
    Phrase("谋划“十五五”发展", ["year:“十五五”=2026~2030"]),
    Phrase("国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", ["year:第十四个五年规划=2021~2025", "year:二〇三五年=2035"]),
    Phrase("第十个五年计划期间", ["year:第十个五年计划期间=2001~2005"]),
    Phrase("第十五条规定", []),
    Phrase("截至2022年底", ["year:截至2022年底=2022 deadline"]).withExpected(["year:截至2022年底=2022"]),
    Phrase("已完成改造。至2024年底，财政部尚未将其纳入", ["year:至2024年底=2024"]),
    Phrase("试点工作持续至2024年底", ["year:至2024年底=2024 deadline"]),
    Phrase("力争到2025年", ["year:力争到2025年=2025"]),
    Phrase("2021 年", ["year:2021 年=2021"]),
    Phrase("２０２３年", ["year:２０２３年=2023"]),
    Phrase("市场规模2500亿元", ["amount:2500亿元=250000000000 CNY"]),
    Phrase("培育2023家企业", ["quantity:2023家=2023 家"]),
    Phrase("建设2023个基站", ["quantity:2023个=2023 个"]),
    Phrase("3年内完成", []),
    Phrase("1800年", []),
    Phrase("2500年", []),
    Phrase("2021—2023年度", ["year:2021—2023年度=2021~2023"]),
    Phrase("2019年1月24日印发", ["year:2019年1月24日=2019 m1 d24"]),
    Phrase("2023年12月31日前", ["year:2023年12月31日前=2023 m12 d31 deadline"]),
    Phrase("2022年上半年", ["year:2022年=2022"]),
    Phrase("2018年、2019年", ["year:2018年=2018", "year:2019年=2019"]),
    Phrase("第十九届", []),
    Phrase("十五个", ["quantity:十五个=15 个"]),
]

/// Quantities (数量) and the traps that are not quantities.
let quantityPhrases: [Phrase] = [
    Phrase("培育10家行业龙头企业", ["quantity:10家=10 家"]),
    Phrase("形成不少于20项创新成果", ["quantity:不少于20项=20 项 gte:不少于"]),
    Phrase("引进5家以上", ["quantity:5家以上=5 家 gte:以上"]),
    Phrase("每个区建设1-2个示范园区", ["quantity:1-2个=1~2 个"]),
    Phrase("每年新增3-5家", ["quantity:3-5家=3~5 家"]),
    Phrase("培育10+网络安全龙头企业", ["quantity:10+=10 企业 gte:+"]),
    Phrase("推动至少100个安全需求开放", ["quantity:至少100个=100 个 gte:至少"]),
    Phrase("推动建设2个国家级网络安全产业园区", ["quantity:2个=2 个"]),
    Phrase("建设10个面向金融科技的协同创新中心", ["quantity:10个=10 个"]),
    Phrase("集聚50家以上营收超亿元的创新型企业", ["quantity:50家以上=50 家 gte:以上", "amount:超亿元=100000000 CNY gt:超"]),
    Phrase("超过100人", ["quantity:超过100人=100 人 gt:超过"]),
    Phrase("培训5000人次", ["quantity:5000人次=5000 人次"]),
    Phrase("举办20场活动", ["quantity:20场=20 场"]),
    Phrase("遴选30所高校", ["quantity:30所=30 所"]),
    Phrase("培养1000名技能人才", ["quantity:1000名=1000 名"]),
    Phrase("新建5G基站1.2万个", ["quantity:1.2万个=12000 个"]),
    Phrase("新建高速公路300公里", ["quantity:300公里=300 公里"]),
    Phrase("发展设施农业5000亩", ["quantity:5000亩=5000 亩"]),
    Phrase("制定十余项标准", ["quantity:十余项=10 项 approx:余"]),
    Phrase("培育100余家企业", ["quantity:100余家=100 家 approx:余"]),
    Phrase("覆盖20多个行业", ["quantity:20多个=20 个 approx:多"]),
    Phrase("二十个重点园区", ["quantity:二十个=20 个"]),
    Phrase("三百名专家", ["quantity:三百名=300 名"]),
    Phrase("十家单位", ["quantity:十家=10 家"]),
    Phrase("形成一批行业解决方案", []),
    Phrase("鼓励发展一体化运营服务", []),
    Phrase("统筹两个市场", []),
    Phrase("第一个五年", []),
    Phrase("完善第3条规定", []),
    Phrase("一个时期", []),
    Phrase("3项以下", ["quantity:3项以下=3 项 lte:以下"]),
    Phrase("约500家", ["quantity:约500家=500 家 approx:约"]),
    Phrase("不超过3个", ["quantity:不超过3个=3 个 lte:不超过"]),
    Phrase("5G、IPv6和工业PON", []),
    Phrase("围绕“3+6”重点行业", []),
    Phrase("建成1000个以上工业互联网平台", ["quantity:1000个以上=1000 个 gte:以上"]),
    Phrase("装机容量100万千瓦", ["quantity:100万千瓦=1000000 千瓦"]),
    Phrase("培育10家具有全国影响力的企业", ["quantity:10家=10 家"]),
    Phrase("打造5款标杆产品", ["quantity:5款=5 款"]),
    Phrase("每年新增3万户", ["quantity:3万户=30000 户"]),
    Phrase("组建10支队伍", ["quantity:10支=10 支"]),
    Phrase("6个月内", ["quantity:6个月=6 个月"]),
    Phrase("应当自情形发生之日起10个工作日内更新", ["quantity:10个工作日=10 个工作日"]),
    Phrase("应当在五个工作日内予以答复", ["quantity:五个工作日=5 个工作日"]),
    Phrase("产区保持三个月销量", ["quantity:三个月=3 个月"]),
    Phrase("最迟不超过4个小时", ["quantity:不超过4个小时=4 个小时 lte:不超过"]),
    Phrase("同时在两个以上专利代理机构执业", ["quantity:两个以上=2 个 gte:以上"]),
    Phrase("两天内办结", ["quantity:两天=2 天"]),
    Phrase("停止承接新的专利代理业务6个月至12个月", ["quantity:6个月至12个月=6~12 个月"]),
    Phrase("处违法所得1倍以上5倍以下的罚款", ["quantity:1倍以上5倍以下=1~5 倍"]),
    Phrase("给予50万元到100万元奖励", ["amount:50万元到100万元=500000~1000000 CNY"]),
    Phrase("审计发现，9 个部门和 52 家所属单位的\n100 个活动未经审批", ["quantity:9 个=9 个", "quantity:52 家=52 家", "quantity:100 个=100 个"]),
    Phrase("本预案适用于全省粮食应急工作。\n2 组织机构", []),
    Phrase("每年完成80万平米屋面", ["quantity:80万平米=800000 平米"]),
    Phrase("建立一个机制，办好两件实事", []),
    Phrase("输送天然气3天然气管道", []),
    Phrase("翻2倍", ["quantity:2倍=2 倍"]),
    Phrase("党的十九大和十九届二中全会", []),
    Phrase("四个全面", []),
    Phrase("7.3　本预案由国务院办公厅负责解释", []),
    Phrase("2 组织机构和职责", []),
    Phrase("培育 30 家企业", ["quantity:30 家=30 家"]),
    Phrase("3部门联合发文", ["quantity:3部门=3 部门"]),
    // A measure word that begins a longer word is no count (`QuantityExtractor.wordStarts`).
    Phrase("11.121人才梯队项目", []),
    Phrase("引进121人才", []),
    Phrase("12人员培训计划", []),
    Phrase("3人民调解组织", []),
    Phrase("5人力资源服务机构", []),
    Phrase("修订5条例配套文件", []),
    Phrase("落实3条件要求", []),
    Phrase("建立3台账", []),
    // … and the counts that look alike stay counts.
    Phrase("组织200人参加研修", ["quantity:200人=200 人"]),
    Phrase("吸纳就业100人以上", ["quantity:100人以上=100 人 gte:以上"]),
    Phrase("召开1000人大会", ["quantity:1000人=1000 人"]),
    Phrase("组建10人工作组", ["quantity:10人=10 人"]),
    Phrase("动员5000人群众参与", ["quantity:5000人=5000 人"]),
    Phrase("服务300万人口", ["quantity:300万人=3000000 人"]),
    Phrase("配备2名单位联络员", ["quantity:2名=2 名"]),
    Phrase("制定3条措施", ["quantity:3条=3 条"]),
    Phrase("购置5台设备", ["quantity:5台=5 台"]),
]

/// Departments (责任部门) in annotations and label lines.
let departmentPhrases: [Phrase] = [
    Phrase("开展攻关。（责任部门：市科委、市经济信息化委、市发展改革委、市密码管理局）",
           ["dept:市科委=responsible", "dept:市经济信息化委=responsible", "dept:市发展改革委=responsible", "dept:市密码管理局=responsible"]),
    Phrase("（责任部门：市经济信息化委、相关园区所在区政府）", ["dept:市经济信息化委=responsible", "dept:相关园区所在区政府=responsible"]),
    Phrase("（责任部门：市经济信息化委、市密码管理局、市通信管理局、相关区政府）",
           ["dept:市经济信息化委=responsible", "dept:市密码管理局=responsible", "dept:市通信管理局=responsible", "dept:相关区政府=responsible"]),
    Phrase("（责任单位：省经济和信息化厅、省财政厅）", ["dept:省经济和信息化厅=responsible", "dept:省财政厅=responsible"]),
    Phrase("（责任单位：省经济和信息化厅，各市人民政府）", ["dept:省经济和信息化厅=responsible", "dept:各市人民政府=responsible"]),
    Phrase("（责任单位：省通信管理局，省铁塔公司、各基础电信企业，各市人民政府）",
           ["dept:省通信管理局=responsible", "dept:省铁塔公司=responsible", "dept:各基础电信企业=responsible", "dept:各市人民政府=responsible"]),
    Phrase("建设标识解析体系。\n责任单位：省经济和信息化厅，省财政厅；各市人民政府\n",
           ["dept:省经济和信息化厅=responsible", "dept:省财政厅=responsible", "dept:各市人民政府=responsible"]),
    Phrase("（牵头单位：市发展改革委；配合单位：市财政局、市税务局）",
           ["dept:市发展改革委=lead", "dept:市财政局=support", "dept:市税务局=support"]),
    Phrase("（牵头部门：市商务委；配合部门：各区政府）", ["dept:市商务委=lead", "dept:各区政府=support"]),
    Phrase("（责任主体：各区政府）", ["dept:各区政府=responsible"]),
    Phrase("（市财政局牵头，各区政府配合）", ["dept:市财政局=lead", "dept:各区政府=support"]),
    Phrase("（省商务厅牵头，合肥海关配合）", ["dept:省商务厅=lead", "dept:合肥海关=support"]),
    Phrase("（省商务厅牵头，省外办、省贸促会按职责分工配合）", ["dept:省商务厅=lead", "dept:省外办=support", "dept:省贸促会=support"]),
    Phrase("（海关总署负责）", ["dept:海关总署=responsible"]),
    Phrase("（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）",
           ["dept:税务总局=responsible", "dept:财政部=responsible", "dept:海关总署=responsible"]),
    Phrase("（教育部、财政部按职责分工负责）", ["dept:教育部=responsible", "dept:财政部=responsible"]),
    Phrase("(教育部、人力资源社会保障部分别负责)", ["dept:教育部=responsible", "dept:人力资源社会保障部=responsible"]),
    Phrase("（国家发展改革委牵头，科技部、工业和信息化部参与）",
           ["dept:国家发展改革委=lead", "dept:科技部=support", "dept:工业和信息化部=support"]),
    Phrase("（教育部、发展改革委等和各省级人民政府负责）",
           ["dept:教育部=responsible", "dept:发展改革委=responsible", "dept:各省级人民政府=responsible"]),
    Phrase("（海关总署、商务部等有关部门负责）", ["dept:海关总署=responsible", "dept:商务部=responsible", "dept:有关部门=responsible"]),
    Phrase("（农业农村部、工业和信息化部等负责）", ["dept:农业农村部=responsible", "dept:工业和信息化部=responsible"]),
    Phrase("（市住房城乡建设管理委、市财政局牵头负责、各区政府组织落实）", ["dept:市住房城乡建设管理委=lead", "dept:市财政局=lead", "dept:各区政府=responsible"]),
    Phrase("（国家发展改革委会同有关部门负责）", ["dept:国家发展改革委=lead", "dept:有关部门=support"]),
    Phrase("（国家发展改革委、财政部会同有关部门负责）", ["dept:国家发展改革委=lead", "dept:财政部=lead", "dept:有关部门=support"]),
    Phrase("（责任单位：市商务委会同市财政局、市税务局）", ["dept:市商务委=lead", "dept:市财政局=support", "dept:市税务局=support"]),
    Phrase("（市科委会同市经济信息化委配合）", ["dept:市科委=support", "dept:市经济信息化委=support"]),
    Phrase("（文化和旅游部、文物局负责）", ["dept:文化和旅游部=responsible", "dept:文物局=responsible"]),
    Phrase("（财政部和人民银行负责）", ["dept:财政部=responsible", "dept:人民银行=responsible"]),
    Phrase("（商务部与海关总署负责）", ["dept:商务部=responsible", "dept:海关总署=responsible"]),
    Phrase("（卫生健康委及各省级人民政府负责）", ["dept:卫生健康委=responsible", "dept:各省级人民政府=responsible"]),
    Phrase("（住房和城乡建设部负责）", ["dept:住房和城乡建设部=responsible"]),
    Phrase("（各有关部门和单位，各省级人民政府按职责分工负责）",
           ["dept:各有关部门和单位=responsible", "dept:各省级人民政府=responsible"]),
    Phrase("（配合单位：市财政局、市监察局等部门）", ["dept:市财政局=support", "dept:市监察局=support"]),
    Phrase("（6月底完成，牵头考核单位：市政府办公室、市公安局）", ["dept:市政府办公室=lead", "dept:市公安局=lead"]),
    Phrase("（持续推进，牵头考核单位：市委网信办）", ["dept:市委网信办=lead"]),
    Phrase("（市委宣传部牵头，市政府办公室协同）", ["dept:市委宣传部=lead", "dept:市政府办公室=support"]),
    Phrase("（由市财政局负责）", ["dept:市财政局=responsible"]),
    Phrase("（责任单位：省经济和信息化厅、省数据资源局、省国资委，各市人民政府）",
           ["dept:省经济和信息化厅=responsible", "dept:省数据资源局=responsible", "dept:省国资委=responsible", "dept:各市人民政府=responsible"]),
    Phrase("（牵头单位：市大数据局，配合单位：各区县政府）", ["dept:市大数据局=lead", "dept:各区县政府=support"]),
    Phrase("（责任处室：规划处、产业处）", ["dept:规划处=responsible", "dept:产业处=responsible"]),
    Phrase("（X省经信厅、X省财政厅负责）", ["dept:X省经信厅=responsible", "dept:X省财政厅=responsible"]),
    Phrase("（以下简称《行动计划》）", []),
    Phrase("支持以IPv6（互联网协议第6版）等技术", []),
    Phrase("由市政府负责同志牵头的工作机制（见附件）", []),
    Phrase("（技工院校内由人力资源社会保障行政部门负责）", ["dept:人力资源社会保障行政部门=responsible"]),
    Phrase("（自由贸易试验区管委会负责）", ["dept:自由贸易试验区管委会=responsible"]),
    Phrase("（体育总局、北京冬奥组委负责）", ["dept:体育总局=responsible", "dept:北京冬奥组委=responsible"]),
]

/// Several kinds in one sentence, as plans write them.
let mixedPhrases: [Phrase] = [
    Phrase("到2025年，培育10家以上产值超百亿元的企业，研发投入占比超过3%。",
           ["year:到2025年=2025", "quantity:10家以上=10 家 gte:以上", "amount:超百亿元=10000000000 CNY gt:超", "percent:超过3%=3 gt:超过"]),
    Phrase("2023年底前建成5个示范园区（责任单位：市经信委）",
           ["year:2023年底前=2023 deadline", "quantity:5个=5 个", "dept:市经信委=responsible"]),
    Phrase("“十四五”期间，累计投入不少于100亿元，带动就业5万人。",
           ["year:“十四五”期间=2021~2025", "amount:不少于100亿元=10000000000 CNY gte:不少于", "quantity:5万人=50000 人"]),
    Phrase("2022年全省规上工业增加值增长8%左右，新增高新技术企业1000家。",
           ["year:2022年=2022", "percent:8%左右=8 approx:左右", "quantity:1000家=1000 家"]),
    Phrase("对企业级工业互联网平台给予设备购置额的10%奖补，单个企业最高300万元。",
           ["percent:10%=10", "amount:最高300万元=3000000 CNY lte:最高"]),
    Phrase("到2021年底，建成20个省级标杆，带动1万家企业上云。",
           ["year:到2021年底=2021 deadline", "quantity:20个=20 个", "quantity:1万家=10000 家"]),
    Phrase("2019年在全国范围推广，覆盖率达到95%以上（教育部牵头，财政部配合）",
           ["year:2019年=2019", "percent:达到95%以上=95 gte:以上", "dept:教育部=lead", "dept:财政部=support"]),
    Phrase("GDP年均增长6.5%，城镇新增就业1100万人以上。",
           ["percent:6.5%=6.5", "quantity:1100万人以上=11000000 人 gte:以上"]),
    Phrase("力争到2023年，产业规模突破1000亿元，年均增长15%以上。",
           ["year:力争到2023年=2023", "amount:突破1000亿元=100000000000 CNY gt:突破", "percent:15%以上=15 gte:以上"]),
    Phrase("2020年，机械化率达到70%，主要作物耕种收综合机械化率提高5个百分点。",
           ["year:2020年=2020", "percent:达到70%=70 gte:达到", "point:5个百分点=5"]),
]

/// Number reader edge cases seen through the extractors.
let numberPhrases: [Phrase] = [
    Phrase("奖励１２３４５６７８元", ["amount:１２３４５６７８元=12345678 CNY"]),
    Phrase("补贴1.25万元", ["amount:1.25万元=12500 CNY"]),
    Phrase("规模1万亿元", ["amount:1万亿元=1000000000000 CNY"]),
    Phrase("一亿二千万元", ["amount:一亿二千万元=120000000 CNY"]),
    Phrase("两千万元", ["amount:两千万元=20000000 CNY"]),
    Phrase("一千零五元", ["amount:一千零五元=1005 CNY"]),
    Phrase("十二万元", ["amount:十二万元=120000 CNY"]),
    Phrase("五百个", ["quantity:五百个=500 个"]),
    Phrase("百分之五十", ["percent:百分之五十=50"]),
    Phrase("百分之8", ["percent:百分之8=8"]),
    Phrase("0.05亿元", ["amount:0.05亿元=5000000 CNY"]),
    Phrase("3.5万亿元", ["amount:3.5万亿元=3500000000000 CNY"]),
    Phrase("10-5家", ["quantity:10-5家=10~5 家"]).withExpected(["quantity:5家=5 家"]),  // not a range: upper < lower
    Phrase("5～10家", ["quantity:5～10家=5~10 家"]),
    Phrase("5~10个", ["quantity:5~10个=5~10 个"]),
    Phrase("1–3个", ["quantity:1–3个=1~3 个"]),
    Phrase("10——20家", ["quantity:10——20家=10~20 家"]),
]

extension Phrase {
    /// The same phrase with a corrected expectation (kept next to the first guess for the record).
    func withExpected(_ expected: [String]) -> Phrase { Phrase(text, expected) }
}

@Suite struct ExtractorPhraseTests {
    @Test(arguments: amountPhrases) func amounts(_ p: Phrase) { #expect(MentionRendering.lines(p.text) == p.expected) }
    @Test(arguments: percentagePhrases) func percentages(_ p: Phrase) { #expect(MentionRendering.lines(p.text) == p.expected) }
    @Test(arguments: yearPhrases) func years(_ p: Phrase) { #expect(MentionRendering.lines(p.text) == p.expected) }
    @Test(arguments: quantityPhrases) func quantities(_ p: Phrase) { #expect(MentionRendering.lines(p.text) == p.expected) }
    @Test(arguments: departmentPhrases) func departments(_ p: Phrase) { #expect(MentionRendering.lines(p.text) == p.expected) }
    @Test(arguments: mixedPhrases) func mixed(_ p: Phrase) { #expect(MentionRendering.lines(p.text) == p.expected) }
    @Test(arguments: numberPhrases) func numbers(_ p: Phrase) { #expect(MentionRendering.lines(p.text) == p.expected) }

    @Test func thereAreAtLeast200Phrases() {
        let total = amountPhrases.count + percentagePhrases.count + yearPhrases.count + quantityPhrases.count
            + departmentPhrases.count + mixedPhrases.count + numberPhrases.count
        #expect(total >= 200)
    }
}

/// Number reader, task tables, context years and document facts.
@Suite struct ExtractorUnitTests {
    private func read(_ text: String) -> NumberReading? {
        let s = Array(text.unicodeScalars)
        return NumberReader.read(s, at: 0, limit: s.count)
    }

    @Test func aFourHundredDigitNumberOverflowsWithoutTrapping() throws {
        let digits = String(repeating: "9", count: 400)
        let n = try #require(read(digits))
        #expect(n.overflow)
        #expect(n.range == 0..<400)
        let amounts = AmountExtractor.extract(from: CleanText(plain: "投资" + digits + "亿元"), in: 0..<406)
        #expect(amounts.count == 1)
        #expect(amounts.first?.overflow == true)
        let chinese = String(repeating: "九亿", count: 200)
        #expect(read(chinese) != nil)
    }

    @Test func readsExactDecimals() throws {
        #expect(try #require(read("0.1")).value == Decimal(string: "0.1"))
        #expect(try #require(read("1.2万亿")).value == Decimal(string: "1200000000000"))
        #expect(try #require(read("二〇二三")).plainInteger == 2023)
        #expect(try #require(read("二〇二三")).form == .chineseDigits)
        #expect(try #require(read("一万二千")).value == 12000)
        #expect(try #require(read("5至10亿")).upper == Decimal(1_000_000_000))
    }

    @Test func taskTableColumnsGiveDepartments() {
        let text = "序号\t重点任务\t责任单位\t完成时限\n1\t建设平台\t市经信委、市财政局\t2023年底前\n2\t培育企业\t市科委牵头，各区政府配合\t持续推进\n"
        let clean = CleanText(plain: text)
        let m = MentionExtractor.extract(from: clean, in: 0..<clean.count)
        #expect(m.departments.map { "\($0.name)=\($0.role.rawValue)" } ==
                ["市经信委=responsible", "市财政局=responsible", "市科委=lead", "各区政府=support"])
        #expect(m.years.map(\.text) == ["2023年底前"])
        for d in m.departments { #expect(clean.string(d.span.range) == d.name) }
    }

    @Test func taskTableLeadColumnAndMergedCells() {
        let text = "重点任务\t牵头单位\t配合单位\n建设平台\t市发展改革委\t市财政局\n\t市商务委\t各区政府\n"
        let clean = CleanText(plain: text)
        let m = MentionExtractor.extract(from: clean, in: 0..<clean.count)
        #expect(m.departments.map { "\($0.name)=\($0.role.rawValue)" } ==
                ["市发展改革委=lead", "市财政局=support", "市商务委=lead", "各区政府=support"])
    }

    @Test func yearlessDeadlinesNeedAContextYear() {
        #expect(MentionRendering.lines("（6月底完成，牵头考核单位：市工信局）") == ["dept:市工信局=lead"])
        #expect(MentionRendering.lines("（6月底完成，牵头考核单位：市工信局）", contextYear: 2022) ==
                ["year:6月底=2022 m6 deadline", "dept:市工信局=lead"])
        #expect(MentionRendering.lines("年底前完成", contextYear: 2022) == ["year:年底前=2022 deadline"])
        #expect(MentionRendering.lines("今年底前完成", contextYear: 2022) == ["year:今年底前=2022 deadline"])
        #expect(MentionRendering.lines("每年底前报送", contextYear: 2022) == [])
        #expect(MentionRendering.lines("考核数据时间节点为上一年度1月至12月", contextYear: 2022) == [])
        #expect(MentionRendering.lines("各省份每年2月底前完成", contextYear: 2022) == [])
        #expect(MentionRendering.lines("年底前完成") == [])
    }

    @Test func aDeadlineBeforeTheDocumentsYearIsATimeInThePast() {
        // A plan signed in 2021 improves what was built before 2016; its own deadlines stay deadlines.
        #expect(MentionRendering.lines("逐步推进2016年前建设的4万户低标准农污设施提标改造，2023年底前完成", contextYear: 2021) ==
                ["year:2016年前=2016", "quantity:4万户=40000 户", "year:2023年底前=2023 deadline"])
        #expect(MentionRendering.lines("2016年前建设的设施") == ["year:2016年前=2016 deadline"])
    }

    @Test func aDecreeNamesItsIssuerAndNumberAndTheSignerIsNoIssuer() {
        let local = "中国(上海)自由贸易试验区临港新片区管理办法\n上海市人民政府令\n\n（第19号）\n　　《中国（上海）自由贸易试验区临港新片区管理办法》已经2019年7月22日市政府第61次常务会议通过，现予公布。\n市长　应勇\n2019年8月12日\n第一章　总则\n"
        let facts = DocumentFacts.extract(from: CleanText(plain: local)).fields
        #expect(facts["documentNumber"] == "上海市人民政府令第19号")
        #expect(facts["issuer"] == "上海市人民政府")
        #expect(facts["signedDate"] == "2019-08-12")
        let national = "# 优化营商环境条例\n\n2019年10月8日 国务院第66次常务会议通过\n\n2019年10月22日 中华人民共和国国务院令第722号公布\n\n2020年1月1日 施行\n\n第一章 总则\n"
        let n = DocumentFacts.extract(from: CleanText(plain: national)).fields
        #expect(n["documentNumber"] == "中华人民共和国国务院令第722号")
        #expect(n["issuer"] == "中华人民共和国国务院")
        #expect(n["signedDate"] == "2019-10-22")
    }

    @Test func aCitedDocumentsNumberIsNotTheDocumentsOwn() {
        let text = "某市推进数字经济发展实施方案\n根据《国务院关于印发“十四五”数字经济发展规划的通知》（国发〔2021〕29号）精神，制定本方案。\n一、总体要求\n"
        #expect(DocumentFacts.extract(from: CleanText(plain: text)).fields["documentNumber"] == nil)
        let own = "某市人民政府关于印发某方案的通知\n（某政发〔2022〕3号）\n各区：\n"
        #expect(DocumentFacts.extract(from: CleanText(plain: own)).fields["documentNumber"] == "某政发〔2022〕3号")
    }

    @Test func documentFactsFromTheHeader() {
        let text = "安徽省人民政府办公厅关于印发安徽省工业互联网创新发展行动计划（2021-2023年）的通知\n（皖政办秘〔2021〕82号）\n各市人民政府：\n现印发给你们，请认真抓好落实。\n安徽省人民政府办公厅\n\n　　2021年9月2日\n正文……"
        let facts = DocumentFacts.extract(from: CleanText(plain: text)).fields
        #expect(facts["documentNumber"] == "皖政办秘〔2021〕82号")
        #expect(facts["issuer"] == "安徽省人民政府办公厅")
        #expect(facts["signedDate"] == "2021-09-02")
        #expect(facts["period"] == "2021-2023")
    }

    @Test func documentFactsWithChineseDateAndSquareBrackets() {
        let text = "国务院办公厅关于印发国家粮食应急预案的函\n国办函[2005]57号\n各省、自治区、直辖市人民政府：\n《国家粮食应急预案》已经国务院同意，现印发给你们，请认真实施。\n国务院办公厅\n二〇〇五年六月十一日\n"
        let facts = DocumentFacts.extract(from: CleanText(plain: text)).fields
        #expect(facts["documentNumber"] == "国办函[2005]57号")
        #expect(facts["issuer"] == "国务院办公厅")
        #expect(facts["signedDate"] == "2005-06-11")
        #expect(facts["period"] == nil)
    }
}
