/// Timings of one piece of work, in microseconds, sorted.
struct Timings {
    let samples: [Double]

    init(_ samples: [Double]) { self.samples = samples.sorted() }

    var runs: Int { samples.count }
    var min: Double { samples.first ?? 0 }
    var median: Double {
        guard !samples.isEmpty else { return 0 }
        let middle = samples.count / 2
        return samples.count % 2 == 1 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2
    }
    /// Nearest-rank 90th percentile.
    var p90: Double {
        guard !samples.isEmpty else { return 0 }
        let rank = Int((0.9 * Double(samples.count)).rounded(.up))
        return samples[Swift.max(rank, 1) - 1]
    }
}

/// Folds every result into one number that is printed at the end, so the optimiser cannot drop
/// the work being measured.
struct Checksum {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add(_ number: Int) {
        value = (value ^ UInt64(bitPattern: Int64(number))) &* 0x0000_0100_0000_01B3
    }

    mutating func add(_ text: String) {
        for byte in text.utf8 { add(Int(byte)) }
    }
}

/// Runs `body` `warmUp` times untimed, then `runs` times timed with the monotonic `ContinuousClock`.
/// Each result goes into `checksum`.
func measure(runs: Int, warmUp: Int, checksum: inout Checksum, _ body: () -> Int) -> Timings {
    let clock = ContinuousClock()
    for _ in 0..<warmUp { checksum.add(body()) }
    var samples: [Double] = []
    samples.reserveCapacity(runs)
    for _ in 0..<runs {
        var result = 0
        let elapsed = clock.measure { result = body() }
        checksum.add(result)
        samples.append(microseconds(elapsed))
    }
    return Timings(samples)
}

func microseconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) * 1_000_000 + Double(attoseconds) / 1_000_000_000_000
}
