import Foundation
import PolicyParse

/// Applies a synchronous, CPU-bound `transform` on `jobs` threads and hands the results back on the
/// calling thread in input order, with at most `window` inputs read but not yet handed back.
///
/// Inputs are pulled from the iterator on a reader thread as room frees up, so a slow input source
/// (standard input) never delays results that are ready, and memory stays bounded by `window`.
public final class OrderedParallelMap<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    /// The number of worker threads.
    public let jobs: Int
    /// The most inputs in flight (queued, running or finished but not yet handed back).
    public let window: Int
    private let transform: @Sendable (Input) -> Output

    // Guarded by `condition`.
    private let condition = NSCondition()
    private var queue: [(Int, Input)] = []
    private var queueHead = 0
    private var results: [Int: Output] = [:]
    private var issued = 0
    private var emitted = 0
    private var inputFinished = false
    private var cancelled = false
    private var runningWorkers = 0

    /// Creates a map on `jobs` threads (at least 1) with a window of `window` (default `4 × jobs`, at least 8).
    public init(jobs: Int, window: Int? = nil, transform: @escaping @Sendable (Input) -> Output) {
        self.jobs = max(1, jobs)
        self.window = max(1, window ?? max(8, 4 * max(1, jobs)))
        self.transform = transform
    }

    /// Runs every input of `inputs` through the transform and calls `consume` with each result in
    /// input order. If `consume` throws, no further results are handed back and the error is rethrown.
    public func run<Inputs: IteratorProtocol>(_ inputs: Inputs, consume: (Output) throws -> Void) throws
    where Inputs.Element == Input {
        var iterator = inputs
        let source = InputSource { iterator.next() }
        runningWorkers = jobs
        startThread { [self] in readInputs(source) }
        for _ in 0..<jobs { startThread { [self] in work() } }
        do {
            while let output = nextResult() { try consume(output) }
        } catch {
            cancel()
            throw error
        }
        waitForWorkers()
    }

    /// Holds the iterator's `next` for the reader thread, the only thread that calls it.
    private final class InputSource: @unchecked Sendable {
        let next: () -> Input?
        init(_ next: @escaping () -> Input?) { self.next = next }
    }

    private func startThread(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.stackSize = 16 << 20
        thread.start()
    }

    private func readInputs(_ source: InputSource) {
        while true {
            condition.lock()
            while issued - emitted >= window && !cancelled { condition.wait() }
            let stop = cancelled
            condition.unlock()
            if stop { break }
            guard let input = source.next() else { break }
            condition.lock()
            queue.append((issued, input))
            issued += 1
            condition.broadcast()
            condition.unlock()
        }
        condition.lock()
        inputFinished = true
        condition.broadcast()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while queueHead == queue.count && !inputFinished && !cancelled { condition.wait() }
            guard queueHead < queue.count, !cancelled else {
                runningWorkers -= 1
                condition.broadcast()
                condition.unlock()
                return
            }
            let (index, input) = queue[queueHead]
            queueHead += 1
            if queueHead > 1024 && queueHead * 2 > queue.count {
                queue.removeFirst(queueHead)
                queueHead = 0
            }
            condition.unlock()
            let output = transform(input)
            condition.lock()
            results[index] = output
            condition.broadcast()
            condition.unlock()
        }
    }

    private func nextResult() -> Output? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let output = results.removeValue(forKey: emitted) {
                emitted += 1
                condition.broadcast()
                return output
            }
            if inputFinished && emitted == issued { return nil }
            condition.wait()
        }
    }

    private func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
        waitForWorkers()
    }

    private func waitForWorkers() {
        condition.lock()
        while runningWorkers > 0 { condition.wait() }
        condition.unlock()
    }
}
