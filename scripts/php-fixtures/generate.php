<?php

/**
 * Golden fixtures for src/lib/php-serialize: what real PHP writes, accepts and rejects.
 *
 * Regenerate (Debian `php-cli`, PHP >= 8.1; the committed file came from PHP 8.2):
 *
 *     php scripts/php-fixtures/generate.php > tests/fixtures/php/golden.json
 *     php scripts/php-fixtures/generate.php templates > emulator/data/templates.json
 *
 * The second form writes the emulator's demo task templates (scripts/php-fixtures/templates.php):
 * their serialized columns come from PHP's serialize(), not from the app's own serializer.
 *
 * The output is deterministic (mt_srand with a fixed seed), so a diff shows what changed. CI only
 * reads the committed JSON and does not need PHP.
 *
 * Sections:
 * - valid:    serialize($value) for hand-picked and random values, with PHP's own description of
 *             unserialize() of that string (the "tree" below);
 * - accepted: inputs PHP's unserialize() accepts but serialize() never writes (lenient number forms,
 *             duplicate keys, trailing data, references, plus mutants of valid strings PHP still
 *             accepts), with the tree;
 * - rejected: inputs PHP rejects (hand-picked, truncations at every character boundary, wrong
 *             lengths, wrong counts), with the byte offset PHP reports ("Error at offset X of Y bytes")
 *             or null when it reports none.
 *
 * Tree of a decoded value, chosen so the TypeScript test can compare exactly, key types and order included:
 *   ["null"] | ["bool", true] | ["int", "<decimal>"] | ["float", "<IEEE-754 bits, hex, big-endian>" | "nan"]
 *   | ["string", "<text>"] | ["array", [[<key>, <tree>], ...]] | ["object", "<class>", [[<key>, <tree>], ...]]
 *   | ["enum", "<class>", "<case>"]
 *   where <key> is ["int", "<decimal>"] or ["string", "<text>"]. Ints are strings so that values beyond
 *   2^53 survive JSON; float bits tell -0.0 from 0.0. Object keys are the mangled property names
 *   ("\0*\0name" protected, "\0Class\0name" private), or what __serialize() returns.
 */

declare(strict_types=1);

namespace Fixtures {
    enum Suit: string
    {
        case Hearts = 'H';
        case Spades = 'S';
    }

    enum Status
    {
        case Draft;
        case Published;
    }

    class Point
    {
        public int $x = 1;
        protected int $y = 2;
        private int $z = 3;

        public function __construct(int $x = 1, int $y = 2, int $z = 3)
        {
            $this->x = $x;
            $this->y = $y;
            $this->z = $z;
        }
    }

    class Point3 extends Point
    {
        private string $label = 'Точка';
    }

    /** Writes a list through __serialize(), so its O: body has int keys. */
    class Coordinates
    {
        public function __construct(private array $items = [])
        {
        }

        public function __serialize(): array
        {
            return $this->items;
        }

        public function __unserialize(array $data): void
        {
            $this->items = $data;
        }
    }
}

namespace {
    if (($argv[1] ?? '') === 'templates') {
        require __DIR__ . '/templates.php';
        \Fixtures\Templates\write();
        exit(0);
    }

    use Fixtures\Coordinates;
    use Fixtures\Point;
    use Fixtures\Point3;
    use Fixtures\Status;
    use Fixtures\Suit;

    /** Serializable only (no __serialize), so PHP writes the legacy C: form. */
    class LegacyPayload implements Serializable
    {
        public function __construct(private string $data = 'x')
        {
        }

        public function serialize(): string
        {
            return $this->data;
        }

        public function unserialize(string $data): void
        {
            $this->data = $data;
        }
    }

    ini_set('serialize_precision', '-1');
    ini_set('memory_limit', '512M');
    mt_srand(20260316);

    function describe(mixed $value): array
    {
        return match (true) {
            $value === null => ['null'],
            is_bool($value) => ['bool', $value],
            is_int($value) => ['int', (string) $value],
            is_float($value) => ['float', is_nan($value) ? 'nan' : bin2hex(pack('E', $value))],
            is_string($value) => ['string', $value],
            is_array($value) => ['array', describeEntries($value, false)],
            $value instanceof UnitEnum => ['enum', $value::class, $value->name],
            is_object($value) => describeObject($value),
        };
    }

    function describeObject(object $object): array
    {
        if ($object instanceof __PHP_Incomplete_Class) {
            $properties = get_mangled_object_vars($object);
            $class = $properties['__PHP_Incomplete_Class_Name'];
            unset($properties['__PHP_Incomplete_Class_Name']);
            return ['object', $class, describeEntries($properties, true)];
        }
        if (method_exists($object, '__serialize')) {
            return ['object', $object::class, describeEntries($object->__serialize(), false)];
        }
        return ['object', $object::class, describeEntries(get_mangled_object_vars($object), true)];
    }

    /** Property names are strings even when an array holding them would turn "5" into 5. */
    function describeEntries(array $entries, bool $propertyNames): array
    {
        $described = [];
        foreach ($entries as $key => $item) {
            $described[] = [
                is_int($key) && !$propertyNames ? ['int', (string) $key] : ['string', (string) $key],
                describe($item),
            ];
        }
        return $described;
    }

    /** unserialize() with PHP's notices captured: [bool ok, mixed value, ?int offset]. */
    function phpUnserialize(string $input): array
    {
        $offset = null;
        set_error_handler(function (int $level, string $message) use (&$offset): bool {
            if (preg_match('/Error at offset (\d+) of \d+ bytes/', $message, $match)) {
                $offset ??= (int) $match[1];
            }
            return true;
        });
        try {
            $value = unserialize($input);
        } finally {
            restore_error_handler();
        }
        $ok = $value !== false || $input === serialize(false);
        return [$ok, $value, $offset];
    }

    // ---------------------------------------------------------------- random values

    const TEXT_POOLS = [
        'ascii' => 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-.,',
        'syntax' => "\";{}:ais0N\\'\n\t\r\0",
        'cyrillic' => 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ',
        'cjk' => '你好世界任务模板日本語한국어',
        'emoji' => '😀👍🏽🐊🇷🇺❤️‍🔥👨‍👩‍👧',
        'latin' => 'éèçñüßøåÆœ€£¥',
    ];

    /** UTF-8 characters of $text (Debian's php-cli has no mbstring by default). */
    function characters(string $text): array
    {
        return preg_split('//u', $text, -1, PREG_SPLIT_NO_EMPTY);
    }

    function randomText(int $maxLength): string
    {
        $poolNames = array_keys(TEXT_POOLS);
        $length = mt_rand(0, $maxLength);
        $text = '';
        for ($i = 0; $i < $length; $i++) {
            $pool = TEXT_POOLS[$poolNames[mt_rand(0, count($poolNames) - 1)]];
            $characters = characters($pool);
            $text .= $characters[mt_rand(0, count($characters) - 1)];
        }
        return $text;
    }

    function randomInt(): int
    {
        return match (mt_rand(0, 5)) {
            0 => mt_rand(-9, 9),
            1 => mt_rand(-100000, 100000),
            2 => mt_rand(PHP_INT_MIN, PHP_INT_MAX),
            3 => (mt_rand(0, 1) ? 1 : -1) * (2 ** 53 + mt_rand(-3, 3)),
            4 => [PHP_INT_MAX, PHP_INT_MIN, 0, -1][mt_rand(0, 3)],
            default => mt_rand(0, 2000),
        };
    }

    function randomFloat(): float
    {
        return match (mt_rand(0, 4)) {
            // Any double, from random bits: subnormals, huge exponents, NaN and infinities included.
            0 => unpack('E', pack('J', mt_rand(PHP_INT_MIN, PHP_INT_MAX)))[1],
            1 => mt_rand(-1000000, 1000000) / 10 ** mt_rand(0, 8),
            2 => (float) mt_rand(-1000, 1000) * 10 ** mt_rand(-30, 30),
            3 => [0.0, -0.0, INF, -INF, NAN, 0.1, 1e16, 1e17, 1e-4, 1e-5][mt_rand(0, 9)],
            default => mt_rand() / mt_getrandmax(),
        };
    }

    function randomKey(): int|string
    {
        return match (mt_rand(0, 5)) {
            0 => randomInt(),
            1 => (string) mt_rand(-50, 50),
            2 => ['05', '-0', ' 5', '5 ', '+5', '1.5', '0x1A', '1e3', '', '9223372036854775808',
                '-9223372036854775808', '__proto__', 'constructor', 'toString'][mt_rand(0, 13)],
            default => randomText(12),
        };
    }

    /** @param array<string, true> $usedEnums a repeated enum case would be written as an r: reference */
    function randomValue(int $depth, array &$usedEnums): mixed
    {
        $kind = mt_rand(0, $depth > 0 ? 11 : 6);
        switch ($kind) {
            case 0: return null;
            case 1: return (bool) mt_rand(0, 1);
            case 2: case 3: return randomInt();
            case 4: return randomFloat();
            case 5: case 6: return randomText(24);
            case 7: case 8:
                $list = [];
                for ($i = mt_rand(0, 5); $i > 0; $i--) {
                    $list[] = randomValue($depth - 1, $usedEnums);
                }
                return $list;
            case 9: case 10:
                $map = [];
                for ($i = mt_rand(0, 5); $i > 0; $i--) {
                    $map[randomKey()] = randomValue($depth - 1, $usedEnums);
                }
                return $map;
            default:
                $enum = [Suit::Hearts, Suit::Spades, Status::Draft, Status::Published][mt_rand(0, 3)];
                if (mt_rand(0, 2) === 0 && !isset($usedEnums[$enum->name])) {
                    $usedEnums[$enum->name] = true;
                    return $enum;
                }
                $object = new stdClass();
                for ($i = mt_rand(0, 3); $i > 0; $i--) {
                    // A leading NUL byte would be a mangled (non-public) name, which PHP refuses to set.
                    $object->{ltrim(randomText(8), "\0")} = randomValue($depth - 1, $usedEnums);
                }
                return $object;
        }
    }

    // ---------------------------------------------------------------- valid: serialize() output

    $valid = [];
    $addValid = function (string $name, mixed $value) use (&$valid): void {
        $php = serialize($value);
        [$ok, $decoded] = phpUnserialize($php);
        if (!$ok) {
            throw new RuntimeException("PHP cannot read its own output for $name");
        }
        $valid[] = ['name' => $name, 'php' => $php, 'value' => describe($decoded)];
    };

    foreach (['null' => null, 'true' => true, 'false' => false] as $name => $value) {
        $addValid($name, $value);
    }
    foreach ([0, 1, -1, 42, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, -(2 ** 53) + 1, -(2 ** 53),
                 -(2 ** 53) - 1, 1_000_000_000_000_000, PHP_INT_MAX, PHP_INT_MAX - 1, PHP_INT_MIN, PHP_INT_MIN + 1] as $int) {
        $addValid("int $int", $int);
    }
    foreach ([0.0, -0.0, 1.0, -1.0, -1.5, 0.1, 0.2 + 0.1, 1 / 3, 100.0, -100.0, 1e15, 1e16, 1e17, 1.2345678901234567e17,
                 9.999999999999999e16, 1e21, 1e25, -1e25, 1.5e-7, 1e-4, 1.0001e-4, 9.99e-5, 1e-5, 2.0 ** 53, 2.0 ** 53 + 2,
                 2.0 ** 63, -(2.0 ** 63), 2.0 ** 64, PHP_FLOAT_EPSILON, PHP_FLOAT_MAX, -PHP_FLOAT_MAX, PHP_FLOAT_MIN, 5e-324,
                 INF, -INF, NAN, 3.14159, 2.5, 1350.75, 0.625, 123456789.123456789] as $float) {
        $addValid('float ' . var_export($float, true), $float);
    }
    for ($i = 0; $i < 150; $i++) {
        $float = randomFloat();
        $addValid('random float ' . var_export($float, true), $float);
    }
    foreach ([
        'empty' => '',
        'ascii' => 'Hello, world',
        'cyrillic' => 'Привет',
        'cjk' => '你好世界',
        'emoji' => '😀',
        'emoji sequence' => '👨‍👩‍👧🇷🇺👍🏽',
        'combining' => "e\u{301}",
        'quote semicolon braces' => '";{}',
        'serialized inside' => 's:1:"a";a:1:{i:0;N;}',
        'nul bytes' => "\0a\0\0b",
        'whitespace' => " \t\r\n ",
        'backslashes' => '\\\\"\\',
        'mixed widths' => "aé€😀",
        'long cyrillic' => str_repeat('Съешь же ещё этих мягких французских булок, да выпей чаю. ', 60),
        'bitrix date' => '16.03.2026 00:00:00',
    ] as $name => $text) {
        $addValid("string $name", $text);
    }
    $addValid('array empty', []);
    $addValid('array list', [1, 2, 3]);
    $addValid('array list mixed', [null, true, 1, 1.5, 'a', [], ['x' => 1]]);
    $addValid('array keys out of order', [5 => 'b', 0 => 'a']);
    $addValid('array mixed keys', ['x' => 1, 0 => 2]);
    $addValid('array sparse', [0 => 'a', 2 => 'b']);
    $addValid('array starts at 1', [1 => 'a', 2 => 'b']);
    $addValid('array negative keys', [-5 => 'a', -1 => 'b', 0 => 'c']);
    $addValid('array int limits as keys', [PHP_INT_MAX => 'max', PHP_INT_MIN => 'min', 2 ** 53 => 'big']);
    $addValid('array numeric-looking string keys', ['05' => 1, '-0' => 2, ' 5' => 3, '5 ' => 4, '+5' => 5, '1.5' => 6,
        '0x1A' => 7, '1e3' => 8, '' => 9, '9223372036854775808' => 10, '-9223372036854775809' => 11]);
    $addValid('array numeric string keys become ints', ['5' => 'a', '-7' => 'b', '0' => 'c', '9223372036854775807' => 'd']);
    $addValid('array prototype keys', ['__proto__' => ['admin' => true], 'constructor' => 1, 'toString' => 2, 'hasOwnProperty' => 3]);
    $unset = [1, 2, 3];
    unset($unset[1]);
    $addValid('array after unset', $unset);
    $addValid('array nested', [[[[]]], ['a' => ['b' => ['c' => 'd']]]]);
    $addValid('RESPONSIBLES docs', ['102']);
    $addValid('RESPONSIBLES ints', [102, 215]);
    $addValid('RESPONSIBLES for new users', [0]);
    $addValid('RESPONSIBLES after array_filter', [1 => '215', 3 => '318']);
    $addValid('REPLICATE_PARAMS docs', [
        'PERIOD' => 'weekly', 'WORKDAY_ONLY' => 'N', 'WEEK_DAYS' => [2], 'TIME' => '11:00', 'TIMEZONE_OFFSET' => 0,
        'REPEAT_TILL' => 'endless', 'START_DATE' => '16.03.2026 00:00:00', 'EVERY_DAY' => 1, 'EVERY_WEEK' => 1,
        'MONTHLY_DAY_NUM' => 1, 'MONTHLY_MONTH_NUM_1' => 1, 'MONTHLY_MONTH_NUM_2' => 1, 'YEARLY_DAY_NUM' => 1,
        'END_DATE' => null, 'MONTHLY_TYPE' => 1, 'YEARLY_TYPE' => 1, 'DEADLINE_AFTER' => 0, 'DEADLINE_OFFSET' => 0,
        'NEXT_EXECUTION_TIME' => '17.03.2026 11:00:00',
    ]);
    $addValid('REPLICATE_PARAMS v2 mapper strings', [
        'PERIOD' => 'monthly', 'MONTHLY_TYPE' => '2', 'MONTHLY_WEEK_DAY_NUM' => '4', 'MONTHLY_WEEK_DAY' => '4',
        'TIMEZONE_OFFSET' => '0', 'TIMES' => '10', 'DEADLINE_OFFSET' => '0', 'REPEAT_TILL' => 'times', 'END_DATE' => '',
    ]);
    $addValid('object stdClass empty', new stdClass());
    $addValid('object stdClass', (object) ['a' => 1, 'b' => [1, 2], 'Имя' => 'Значение']);
    $addValid('object stdClass numeric property names', (object) ['5' => 'five', '-1' => 'minus one']);
    $addValid('object nested', (object) ['inner' => (object) ['deeper' => (object) []]]);
    $addValid('object visibility', new Point(10, -20, 30));
    $addValid('object inherited private', new Point3());
    $addValid('object __serialize list', new Coordinates([1.5, 2.5]));
    $addValid('object __serialize mixed keys', new Coordinates(['x' => 1, 5 => 2, 'Ключ' => 3]));
    $addValid('object in array', ['task' => (object) ['ID' => '139']]);
    $addValid('enum pure', Status::Draft);
    $addValid('enum backed', Suit::Hearts);
    $addValid('enums in array', ['a' => Suit::Spades, 'b' => Status::Published]);
    for ($i = 0; $i < 600; $i++) {
        $usedEnums = [];
        $addValid("random value $i", randomValue(mt_rand(0, 4), $usedEnums));
    }

    // ---------------------------------------------------------------- accepted and rejected inputs

    $accepted = [];
    $rejected = [];
    $seen = [];
    $classify = function (string $name, string $input) use (&$accepted, &$rejected, &$seen): void {
        // Inputs are JS strings in the tests, so only valid UTF-8 can be expressed.
        if (isset($seen[$input]) || preg_match('//u', $input) !== 1) {
            return;
        }
        $seen[$input] = true;
        [$ok, $value, $offset] = phpUnserialize($input);
        if ($ok) {
            $accepted[] = ['name' => $name, 'input' => $input, 'value' => describe($value)];
        } else {
            $rejected[] = ['name' => $name, 'input' => $input, 'offset' => $offset];
        }
    };

    $handPicked = [
        // lenient forms PHP reads but never writes
        'int with plus' => 'i:+5;', 'int minus zero' => 'i:-0;', 'int leading zeros' => 'i:007;',
        'int 20 digits' => 'i:00000000000000000001;',
        'int above PHP_INT_MAX' => 'i:9223372036854775808;', 'int below PHP_INT_MIN' => 'i:-9223372036854775809;',
        'float with plus' => 'd:+1.5;', 'float leading dot' => 'd:.5;', 'float trailing dot' => 'd:5.;',
        'float lower e' => 'd:1e5;', 'float E without dot' => 'd:1E+25;', 'float negative fraction exponent' => 'd:-.5e-3;',
        'float overflow' => 'd:1e400;', 'float negative overflow' => 'd:-1e400;', 'float underflow' => 'd:1e-400;',
        'float leading zeros' => 'd:00012;', 'float 1.0' => 'd:1.0;', 'float 17 digits' => 'd:0.10000000000000001;',
        'string size leading zero' => 's:05:"hello";', 'array count leading zero' => 'a:01:{i:0;i:1;}',
        'int key with plus' => 'a:1:{i:+5;i:1;}',
        'duplicate int key' => 'a:2:{i:0;i:1;i:0;i:2;}', 'duplicate string key' => 'a:2:{s:1:"a";i:1;s:1:"a";i:2;}',
        'int and numeric string key collide' => 'a:2:{i:5;i:1;s:1:"5";i:2;}',
        'duplicate property' => 'O:8:"stdClass":2:{s:1:"a";i:1;s:1:"a";i:2;}',
        'unknown class' => 'O:7:"Unknown":1:{s:1:"a";i:1;}', 'namespaced unknown class' => 'O:9:"App\\Model":0:{}',
        'class name with digits first' => 'O:3:"9ab":0:{}', 'class name cyrillic' => 'O:2:"Я":0:{}',
        'stdClass protected name' => "O:8:\"stdClass\":1:{s:4:\"\0*\0a\";i:1;}",
        'trailing garbage' => 'i:1;garbage', 'trailing null' => 'N;x', 'trailing brace' => 'a:1:{i:0;i:1;}}',
        'trailing semicolon' => 'a:0:{};',
        'escaped string' => 'S:3:"\\61bc";',
        'object reference' => 'a:2:{i:0;O:8:"stdClass":0:{}i:1;r:2;}',
        'value reference' => 'a:2:{i:0;a:1:{i:0;i:1;}i:1;R:2;}',
        // rejected
        'empty input' => '', 'unknown tag' => 'x:1;', 'lower-case null' => 'n;', 'bool 2' => 'b:2;', 'bool 01' => 'b:01;',
        'bool without semicolon' => 'b:1', 'int without semicolon' => 'i:1', 'null without semicolon' => 'N',
        'int empty' => 'i:;', 'int fraction' => 'i:1.5;', 'int exponent' => 'i:1e5;', 'int space' => 'i: 1;',
        'int double sign' => 'i:--1;', 'float plus INF' => 'd:+INF;', 'float lower inf' => 'd:inf;',
        'float dangling exponent' => 'd:1.5e;', 'float minus NAN' => 'd:-NAN;', 'float only dot' => 'd:.;', 'float empty' => 'd:;',
        'string utf16 length' => 's:6:"Привет";', 'string negative length' => 's:-1:"";', 'string plus length' => 's:+1:"a";',
        'string too short length' => 's:1:"ab";', 'string too long length' => 's:3:"ab";', 'string missing semicolon' => 's:2:"ab"',
        'string ends mid-character' => 's:1:"é";', 'string ends inside emoji' => 's:3:"😀";',
        'string huge length' => 's:999999999:"a";', 'array huge count' => 'a:999999999:{}',
        'array negative count' => 'a:-1:{}', 'array bracket' => 'a:1:[i:0;i:1;}', 'array closing bracket' => 'a:1:{i:0;i:1;]',
        'array count too high' => 'a:2:{i:0;i:1;}', 'array count too low' => 'a:1:{i:0;i:1;i:1;i:2;}',
        'array float key' => 'a:1:{d:1;i:1;}', 'array bool key' => 'a:1:{b:1;i:1;}', 'array null key' => 'a:1:{N;i:1;}',
        'array array key' => 'a:1:{a:0:{}i:1;}', 'array enum key' => 'a:1:{E:11:"Suit:Hearts";i:1;}',
        'array int key above range' => 'a:1:{i:9223372036854775808;i:1;}',
        'array unclosed' => 'a:0:{', 'array without body' => 'a:0:',
        'object empty class name' => 'O:0:"":0:{}', 'object class name with dash' => 'O:3:"a-b":0:{}',
        'object class name backslash only' => 'O:1:"\\":0:{}', 'object null key' => 'O:8:"stdClass":1:{N;i:1;}',
        'object unclosed' => 'O:8:"stdClass":0:{', 'enum without colon' => 'E:4:"Suit";',
        'self reference' => 'a:1:{i:0;r:1;}', 'reference to nothing' => 'r:1;',
        'too deep for PHP' => str_repeat('a:1:{i:0;', 5000) . 'N;' . str_repeat('}', 5000),
    ];
    foreach ($handPicked as $name => $input) {
        $classify($name, $input);
    }
    $classify('legacy Serializable', serialize(new LegacyPayload('payload')));
    $point = new stdClass();
    $classify('object twice', serialize([$point, $point]));
    $classify('enum twice', serialize([Suit::Hearts, Suit::Hearts]));
    $shared = [1, 2];
    $classify('PHP reference', serialize([&$shared, &$shared]));

    // Mutants of a few valid strings: every truncation at a character boundary, every string length
    // and element count off by one in both directions.
    $samples = [
        'docs REPLICATE_PARAMS' => $valid[array_search('REPLICATE_PARAMS docs', array_column($valid, 'name'), true)]['php'],
        'cyrillic map' => serialize(['Задача' => 'Отчёт', 'теги' => ['срочно', '😀'], 5 => 1.5, -3 => null]),
        'object' => serialize(new Point3()),
        'nested lists' => serialize([[1, [2, ['три']]], [], ['k' => true]]),
        'enum and floats' => serialize(['suit' => Suit::Spades, 'f' => [-0.0, 1e25, 1.5e-7, INF, NAN]]),
    ];
    foreach ($samples as $sampleName => $php) {
        $characters = characters($php);
        for ($length = 0, $prefix = ''; $length < count($characters); $prefix .= $characters[$length], $length++) {
            $classify("$sampleName truncated to $length characters", $prefix);
        }
        // Sizes: `s:<n>:"`, `E:<n>:"`, `O:<n>:"` (byte lengths), `a:<n>:{` and `":<n>:{` (element counts).
        preg_match_all('/(?<=[sEO]:)\d+(?=:")|(?<=a:)\d+(?=:\{)|(?<=":)\d+(?=:\{)/', $php, $sizes, PREG_OFFSET_CAPTURE);
        foreach ($sizes[0] as [$digits, $at]) {
            foreach ([-1, 1] as $delta) {
                $size = (int) $digits + $delta;
                if ($size >= 0) {
                    $mutant = substr_replace($php, (string) $size, $at, strlen($digits));
                    $classify("$sampleName size $digits at byte $at changed to $size", $mutant);
                }
            }
        }
    }

    // One case per line: readable diffs, and far smaller than pretty-printing every tree.
    $json = fn (mixed $value): string => json_encode($value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
    $section = fn (array $cases): string => "[\n    " . implode(",\n    ", array_map($json, $cases)) . "\n  ]";
    echo "{\n",
        '  "generator": ', $json('scripts/php-fixtures/generate.php'), ",\n",
        '  "php": ', $json(PHP_VERSION), ",\n",
        '  "serializePrecision": ', $json(ini_get('serialize_precision')), ",\n",
        '  "valid": ', $section($valid), ",\n",
        '  "accepted": ', $section($accepted), ",\n",
        '  "rejected": ', $section($rejected), "\n",
        "}\n";
}
