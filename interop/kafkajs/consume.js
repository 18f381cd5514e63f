// consume.js reads a mailflow topic (mailflow.alerts) with KafkaJS, the way
// a Node webhook bridge or ticket integration would: a consumer group from
// the beginning, read_committed (KafkaJS's default), with the compression
// codecs KafkaJS needs plug-ins for. It prints every record as one JSON line
// {"partition","offset","key","value"} on stdout and exits 0 once it has
// seen --expect records (and waited --linger-ms more for records beyond
// them), or 2 when --timeout-ms passes first.
//
// Usage: node consume.js --brokers HOST:PORT[,...] --topic T --group G
//        --expect N [--timeout-ms 30000] [--linger-ms 1000]
'use strict'

const { Kafka, CompressionTypes, CompressionCodecs, logLevel } = require('kafkajs')
const SnappyCodec = require('kafkajs-snappy')
const LZ4Codec = require('kafkajs-lz4')
const fzstd = require('fzstd')

// Gzip is built into KafkaJS; snappy and lz4 come from their plug-ins.
CompressionCodecs[CompressionTypes.Snappy] = SnappyCodec
CompressionCodecs[CompressionTypes.LZ4] = new LZ4Codec().codec
// @kafkajs/zstd (the usual plug-in) builds cppzst, which does not compile
// against Node 20's headers; this consumer only decompresses, which the
// pure-JS fzstd does.
CompressionCodecs[CompressionTypes.ZSTD] = () => ({
  async compress () { throw new Error('zstd compression is not needed by this consumer') },
  async decompress (buffer) { return Buffer.from(fzstd.decompress(buffer)) }
})

function args () {
  const out = { timeoutMs: 30000, lingerMs: 1000 }
  const a = process.argv.slice(2)
  for (let i = 0; i < a.length; i += 2) {
    const v = a[i + 1]
    switch (a[i]) {
      case '--brokers': out.brokers = v.split(','); break
      case '--topic': out.topic = v; break
      case '--group': out.group = v; break
      case '--expect': out.expect = Number(v); break
      case '--timeout-ms': out.timeoutMs = Number(v); break
      case '--linger-ms': out.lingerMs = Number(v); break
      default: throw new Error('unknown argument ' + a[i])
    }
  }
  if (!out.brokers || !out.topic || !out.group || !(out.expect >= 0)) {
    throw new Error('--brokers, --topic, --group and --expect are required')
  }
  return out
}

async function main () {
  const o = args()
  const kafka = new Kafka({ clientId: 'mailflow-interop-kafkajs', brokers: o.brokers, logLevel: logLevel.ERROR })
  const consumer = kafka.consumer({ groupId: o.group, readUncommitted: false })
  let seen = 0
  let finish
  const done = new Promise(resolve => { finish = resolve })
  const timer = setTimeout(() => finish(2), o.timeoutMs)
  const linger = () => setTimeout(() => finish(0), o.lingerMs)
  if (o.expect === 0) linger()
  await consumer.connect()
  await consumer.subscribe({ topic: o.topic, fromBeginning: true })
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      process.stdout.write(JSON.stringify({
        partition,
        offset: message.offset,
        key: message.key === null ? null : message.key.toString(),
        value: message.value === null ? null : message.value.toString()
      }) + '\n')
      seen++
      if (seen === o.expect) linger()
    }
  })
  const code = await done
  clearTimeout(timer)
  await consumer.disconnect()
  if (code !== 0) process.stderr.write(`kafkajs: saw ${seen} of ${o.expect} records of ${o.topic} within ${o.timeoutMs} ms\n`)
  process.exit(code)
}

main().catch(err => {
  process.stderr.write('kafkajs: ' + (err && err.stack ? err.stack : err) + '\n')
  process.exit(1)
})
