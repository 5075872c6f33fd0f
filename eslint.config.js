import antfu from '@antfu/eslint-config'

// The project runs on Node 20 (the brief's machine), which lacks ES2024 `Object.groupBy`;
// the config composer calls it while building the config, after this module has run.
if (typeof Object.groupBy !== 'function') {
  Object.groupBy = (items, keyOf) => {
    const groups = Object.create(null)
    let index = 0
    for (const item of items) {
      const key = keyOf(item, index++)
      ;(groups[key] ??= []).push(item)
    }
    return groups
  }
}

export default antfu({
  vue: true,
  typescript: true,
  ignores: ['dist/**', 'tests/fixtures/**', '.artifacts/**', 'screenshots/**', '**/*.md'],
})
