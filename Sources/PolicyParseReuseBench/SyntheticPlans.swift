/// Generated central/local plan pairs for the benchmark: tasks built from a fixed vocabulary by a
/// seeded generator; the local plan copies 50% of the tasks with new numbers and departments,
/// rewords 20% (clauses reordered, one dropped), merges two pairs and adds new tasks.
enum SyntheticPlans {
    static let clauses = [
        "加快推进农业数字化转型", "全面提升生产智能化水平", "完善县乡村三级物流配送体系", "支持产地仓储保鲜冷链设施建设",
        "培育一批网络品牌", "整合种植业畜牧业渔业数据资源", "建设大数据平台", "实现涉农数据互联互通共享共用",
        "部署土壤墒情气象病虫害监测设备", "建设一批数字农田示范基地", "推动灌溉施肥植保等环节精准作业", "聚焦丘陵山区适用小型机械",
        "支持企业联合科研院所开展核心零部件攻关", "提升国产农机可靠性", "建设智能农机试验验证平台", "推动北斗导航自动驾驶技术集成应用",
        "支持农民合作社家庭农场应用智能装备", "开展新型职业农民数字技能培训", "制定农业传感器数据采集平台接口标准", "推动标准在重点地区先行应用",
        "建立部际协调机制", "统筹推进各项任务落实", "引导金融机构加大信贷支持", "鼓励社会资本投入", "建立监测评价指标体系",
        "定期开展评估", "及时总结推广典型经验", "加强安全隐患整治", "完善现有安全设施", "委托专业单位开展路况检测",
        "建立以安全质量为核心的信用评价体系", "探索实施守信联合激励和失信联合惩戒", "加强行政执法力量建设", "完善人才培养吸引和激励保障制度",
        "推进绿色节能环保技术应用", "严守生态保护红线", "大力开展美丽乡村建设", "推动信息化手段的应用", "科学分析运行状况发展变化规律",
        "积极推广应用预防性养护技术",
    ]
    static let centralDepartments = ["农业农村部", "国家发展改革委", "财政部", "商务部", "工业和信息化部", "水利部", "市场监管总局"]
    static let localDepartments = ["省农业农村厅", "省发展改革委", "省财政厅", "省商务厅", "省经济和信息化厅", "省水利厅", "省市场监管局"]

    /// SplitMix64.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    /// A central plan and a local plan of about `characters` characters each.
    static func pair(characters: Int, seed: UInt64 = 1) -> (String, String) {
        var g = Generator(state: seed)
        var tasks: [[String]] = []
        var length = 0
        while length < characters {
            let task = (0..<(4 + g.next(4))).map { _ in clauses[g.next(clauses.count)] }
            tasks.append(task)
            length += task.reduce(0) { $0 + $1.count + 1 } + 40
        }
        func render(_ index: Int, _ task: [String], year: Int, amount: Int, departments: [String]) -> String {
            "（\(index)）" + task[0] + "。" + task.dropFirst().joined(separator: "，")
                + "，到\(year)年投入资金不少于\(amount)亿元。（责任部门：" + departments.joined(separator: "、") + "）\n"
        }
        var central = "国务院办公厅关于印发测试行动计划的通知\n\n一、重点任务\n"
        var local = "东海省人民政府办公厅关于印发东海省测试行动计划的通知\n\n一、重点任务\n"
        var localIndex = 1
        for (i, task) in tasks.enumerated() {
            let d = g.next(centralDepartments.count)
            central += render(i + 1, task, year: 2025, amount: 20 + i, departments: [centralDepartments[d], centralDepartments[(d + 1) % 7]])
            switch i % 10 {
            case 0..<5:
                local += render(localIndex, task, year: 2023, amount: 2 + i % 7, departments: [localDepartments[d], localDepartments[(d + 1) % 7]])
            case 5, 6:
                local += render(localIndex, Array(task.dropLast().reversed()), year: 2024, amount: 3, departments: [localDepartments[d]])
            case 7:
                let next = i + 1 < tasks.count ? tasks[i + 1] : tasks[0]
                local += render(localIndex, task + next.prefix(3), year: 2025, amount: 5, departments: [localDepartments[d]])
            default:
                let fresh = (0..<5).map { _ in "开展第\(g.next(1000))号地方特色试点工作" }
                local += render(localIndex, fresh, year: 2024, amount: 1, departments: ["省海洋渔业局"])
            }
            localIndex += 1
        }
        return (central, local)
    }
}
