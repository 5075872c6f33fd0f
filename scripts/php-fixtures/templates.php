<?php

/**
 * The emulator's demo task templates, written by real PHP: every serialized column (RESPONSIBLES,
 * ACCOMPLICES, AUDITORS, REPLICATE_PARAMS, TAGS) is PHP's own serialize() output, so a bug shared
 * by the app's serializer and parser cannot hide behind the emulator. Included by generate.php:
 *
 *     php scripts/php-fixtures/generate.php templates > emulator/data/templates.json
 *
 * Rows are `b_tasks_template` columns (strings or null) in the order `TemplateProvider` selects them,
 * without the joined CREATED_BY_* / RESPONSIBLE_* user columns: emulator/data/templates.ts adds
 * those from its users, as the provider's LEFT JOIN on b_user does. Template 139 (the REST docs'
 * example of tasks.template.get, verbatim) is defined here and only here.
 *
 * The demo clock is Monday 16.03.2026 12:00 server time (emulator/data/clock.ts); the templates of
 * the recurring-task doctor are dated relative to it.
 */

declare(strict_types=1);

namespace Fixtures\Templates;

/** The docs' template 139; its serialized strings are the docs' bytes, checked against serialize() below. */
const TEMPLATE_139 = [
    'ID' => '139',
    'TITLE' => 'Preparation of Weekly Project Status',
    'DESCRIPTION' => 'Task template for preparing and agreeing on the weekly project status with the team and manager',
    'DESCRIPTION_IN_BBCODE' => 'Y',
    'PRIORITY' => '2',
    'STATUS' => '1',
    'STAGE_ID' => '0',
    'RESPONSIBLE_ID' => '102',
    'DEADLINE_AFTER' => null,
    'START_DATE_PLAN_AFTER' => '32400',
    'END_DATE_PLAN_AFTER' => '97200',
    'REPLICATE' => 'Y',
    'CREATED_BY' => '101',
    'XML_ID' => null,
    'ALLOW_CHANGE_DEADLINE' => 'Y',
    'ALLOW_TIME_TRACKING' => 'Y',
    'TASK_CONTROL' => 'N',
    'ADD_IN_REPORT' => 'N',
    'GROUP_ID' => '0',
    'PARENT_ID' => '8131',
    'MULTITASK' => 'N',
    'SITE_ID' => 's1',
    'ACCOMPLICES' => 'a:0:{}',
    'AUDITORS' => 'a:0:{}',
    'RESPONSIBLES' => 'a:1:{i:0;s:3:"102";}',
    'FILES' => null,
    'TAGS' => null,
    'DEPENDS_ON' => null,
    'MATCH_WORK_TIME' => 'Y',
    'TASK_ID' => null,
    'TPARAM_TYPE' => '0',
    'TPARAM_REPLICATION_COUNT' => '0',
    'REPLICATE_PARAMS' => 'a:19:{s:6:"PERIOD";s:6:"weekly";s:12:"WORKDAY_ONLY";s:1:"N";s:9:"WEEK_DAYS";a:1:{i:0;i:2;}s:4:"TIME";s:5:"11:00";s:15:"TIMEZONE_OFFSET";i:0;s:11:"REPEAT_TILL";s:7:"endless";s:10:"START_DATE";s:19:"16.03.2026 00:00:00";s:9:"EVERY_DAY";i:1;s:10:"EVERY_WEEK";i:1;s:15:"MONTHLY_DAY_NUM";i:1;s:19:"MONTHLY_MONTH_NUM_1";i:1;s:19:"MONTHLY_MONTH_NUM_2";i:1;s:14:"YEARLY_DAY_NUM";i:1;s:8:"END_DATE";N;s:12:"MONTHLY_TYPE";i:1;s:11:"YEARLY_TYPE";i:1;s:14:"DEADLINE_AFTER";i:0;s:15:"DEADLINE_OFFSET";i:0;s:19:"NEXT_EXECUTION_TIME";s:19:"17.03.2026 11:00:00";}',
    'BASE_TEMPLATE_ID' => '0',
    'TEMPLATE_CHILDREN_COUNT' => '0',
    'SCENARIO' => 'default',
];

/** The docs' REPLICATE_PARAMS of 139 as a PHP array: serialize() of it must give the docs' bytes. */
const TEMPLATE_139_PARAMS = [
    'PERIOD' => 'weekly', 'WORKDAY_ONLY' => 'N', 'WEEK_DAYS' => [2], 'TIME' => '11:00', 'TIMEZONE_OFFSET' => 0,
    'REPEAT_TILL' => 'endless', 'START_DATE' => '16.03.2026 00:00:00', 'EVERY_DAY' => 1, 'EVERY_WEEK' => 1,
    'MONTHLY_DAY_NUM' => 1, 'MONTHLY_MONTH_NUM_1' => 1, 'MONTHLY_MONTH_NUM_2' => 1, 'YEARLY_DAY_NUM' => 1,
    'END_DATE' => null, 'MONTHLY_TYPE' => 1, 'YEARLY_TYPE' => 1, 'DEADLINE_AFTER' => 0, 'DEADLINE_OFFSET' => 0,
    'NEXT_EXECUTION_TIME' => '17.03.2026 11:00:00',
];

/** REPLICATE_PARAMS as the template form writes it: keys of inactive PERIODs keep their defaults. */
function params(array $overrides): string
{
    $params = [
        'PERIOD' => 'daily', 'EVERY_DAY' => 1, 'WORKDAY_ONLY' => 'N', 'DAILY_MONTH_INTERVAL' => 0, 'EVERY_WEEK' => 1,
        'WEEK_DAYS' => [], 'MONTHLY_TYPE' => 1, 'MONTHLY_DAY_NUM' => 1, 'MONTHLY_MONTH_NUM_1' => 1,
        'MONTHLY_WEEK_DAY_NUM' => 0, 'MONTHLY_WEEK_DAY' => 0, 'MONTHLY_MONTH_NUM_2' => 1, 'YEARLY_TYPE' => 1,
        'YEARLY_DAY_NUM' => 1, 'YEARLY_MONTH_1' => 0, 'YEARLY_WEEK_DAY_NUM' => 0, 'YEARLY_WEEK_DAY' => 0,
        'YEARLY_MONTH_2' => 0, 'TIME' => '05:00', 'TIMEZONE_OFFSET' => 0, 'START_DATE' => '16.03.2026 00:00:00',
        'REPEAT_TILL' => 'endless', 'END_DATE' => null, 'TIMES' => 0, 'DEADLINE_OFFSET' => 0,
    ];
    return serialize(array_replace($params, $overrides));
}

/** Member columns: serialize() of the id list; the template form writes ids as strings. */
function members(int|string ...$ids): string
{
    return serialize($ids);
}

/**
 * A template built on 139's columns. `$spec` keys: id, title, createdBy, responsibleId, responsibles,
 * accomplices, auditors, replicate, params, sharedWith, columns (overrides), userFields.
 */
function template(array $spec): array
{
    $columns = array_replace(TEMPLATE_139, [
        'ID' => (string) $spec['id'],
        'TITLE' => $spec['title'],
        'DESCRIPTION' => "[b]{$spec['title']}[/b]\nCreated by the demo data of the Task Lens emulator.",
        'PRIORITY' => '1',
        'RESPONSIBLE_ID' => (string) $spec['responsibleId'],
        'START_DATE_PLAN_AFTER' => null,
        'END_DATE_PLAN_AFTER' => null,
        'REPLICATE' => $spec['replicate'] ? 'Y' : 'N',
        'CREATED_BY' => (string) $spec['createdBy'],
        'PARENT_ID' => '0',
        'ACCOMPLICES' => $spec['accomplices'] ?? 'a:0:{}',
        'AUDITORS' => $spec['auditors'] ?? 'a:0:{}',
        'RESPONSIBLES' => $spec['responsibles'],
        'REPLICATE_PARAMS' => $spec['params'] ?? params([]),
    ], $spec['columns'] ?? []);
    return [
        'columns' => $columns,
        'userFields' => array_replace(['UF_CRM_TASK' => [], 'UF_TASK_WEBDAV_FILES' => []], $spec['userFields'] ?? []),
        'sharedWith' => $spec['sharedWith'],
    ];
}

/** Every demo template, by id. */
function templates(): array
{
    if (serialize(TEMPLATE_139_PARAMS) !== TEMPLATE_139['REPLICATE_PARAMS'] || members('102') !== TEMPLATE_139['RESPONSIBLES']) {
        throw new \RuntimeException('template 139 no longer matches what PHP serialize() writes');
    }
    $rows = [
        139 => [
            'columns' => TEMPLATE_139,
            'userFields' => ['UF_CRM_TASK' => ['L_1179', 'D_1833'], 'UF_TASK_WEBDAV_FILES' => [1117]],
            'sharedWith' => [102],
        ],
    ];
    $specs = [
        [
            'id' => 140, 'title' => 'Daily stand-up notes', 'createdBy' => 101, 'responsibleId' => 102,
            // Non-sequential keys and int ids: Bitrix itself reads members with array_values().
            'responsibles' => serialize([3 => 102, 7 => 104]),
            'accomplices' => members('103', '105'), 'replicate' => true,
            'params' => params(['PERIOD' => 'daily', 'EVERY_DAY' => 2, 'WORKDAY_ONLY' => 'Y', 'TIME' => '09:30', 'NEXT_EXECUTION_TIME' => '18.03.2026 09:30:00']),
            'sharedWith' => [102, 103, 104, 105],
        ],
        [
            'id' => 141, 'title' => 'Сверка остатков', 'createdBy' => 103, 'responsibleId' => 103,
            'responsibles' => members('103'), 'auditors' => members('102', '101'), 'replicate' => true,
            // V2 mapper style: numbers written as strings.
            'params' => params(['PERIOD' => 'daily', 'EVERY_DAY' => '1', 'DAILY_MONTH_INTERVAL' => '2', 'TIME' => '18:00', 'TIMEZONE_OFFSET' => '0', 'REPEAT_TILL' => 'times', 'TIMES' => '10', 'DEADLINE_OFFSET' => '0', 'NEXT_EXECUTION_TIME' => '25.03.2026 18:00:00']),
            'sharedWith' => [101, 102],
            'columns' => ['TPARAM_REPLICATION_COUNT' => '3', 'TAGS' => serialize(['бухгалтерия', 'склад']), 'DEADLINE_AFTER' => '86400'],
        ],
        [
            'id' => 142, 'title' => 'Fortnightly sprint review', 'createdBy' => 101, 'responsibleId' => 102,
            'responsibles' => members('102'), 'accomplices' => members('104', '105', '106'), 'replicate' => true,
            'params' => params(['PERIOD' => 'weekly', 'EVERY_WEEK' => 2, 'WEEK_DAYS' => [1, 3, 5], 'TIME' => '15:00', 'START_DATE' => '03/16/2026 00:00:00', 'REPEAT_TILL' => 'date', 'END_DATE' => '12/31/2026 00:00:00', 'NEXT_EXECUTION_TIME' => '03/18/2026 15:00:00']),
            'sharedWith' => [102, 104, 105, 106],
            'columns' => ['GROUP_ID' => '7'],
        ],
        [
            'id' => 143, 'title' => 'Month-end closing', 'createdBy' => 101, 'responsibleId' => 103,
            'responsibles' => members('103'), 'auditors' => members('102'), 'replicate' => true,
            'params' => params(['PERIOD' => 'monthly', 'MONTHLY_TYPE' => 1, 'MONTHLY_DAY_NUM' => 31, 'MONTHLY_MONTH_NUM_1' => 1, 'TIME' => '10:00', 'NEXT_EXECUTION_TIME' => '31.03.2026 10:00:00']),
            'sharedWith' => [102, 103],
            'columns' => ['TEMPLATE_CHILDREN_COUNT' => '1'],
        ],
        [
            'id' => 144, 'title' => 'Design review, last Friday', 'createdBy' => 101, 'responsibleId' => 105,
            'responsibles' => members('105'), 'accomplices' => members('102', '104'), 'replicate' => true,
            'params' => params(['PERIOD' => 'monthly', 'MONTHLY_TYPE' => 2, 'MONTHLY_WEEK_DAY_NUM' => 4, 'MONTHLY_WEEK_DAY' => 4, 'MONTHLY_MONTH_NUM_2' => 2, 'TIME' => '16:30', 'NEXT_EXECUTION_TIME' => '27.03.2026 16:30:00']),
            'sharedWith' => [102, 104, 105],
        ],
        [
            'id' => 145, 'title' => 'Annual licence renewal', 'createdBy' => 1, 'responsibleId' => 102,
            'responsibles' => members('102'), 'replicate' => true,
            'params' => params(['PERIOD' => 'yearly', 'YEARLY_TYPE' => 1, 'YEARLY_DAY_NUM' => 15, 'YEARLY_MONTH_1' => 2, 'TIME' => '09:00', 'REPEAT_TILL' => 'date', 'END_DATE' => '31.12.2030 00:00:00', 'NEXT_EXECUTION_TIME' => '15.03.2027 09:00:00']),
            'sharedWith' => [102],
            'userFields' => ['UF_CRM_TASK' => ['CO_12', 'C_305']],
        ],
        [
            'id' => 146, 'title' => 'Годовой план: первый понедельник января', 'createdBy' => 104, 'responsibleId' => 104,
            'responsibles' => members('104', '102'), 'replicate' => true,
            'params' => params(['PERIOD' => 'yearly', 'YEARLY_TYPE' => 2, 'YEARLY_WEEK_DAY_NUM' => 0, 'YEARLY_WEEK_DAY' => 0, 'YEARLY_MONTH_2' => 0, 'TIME' => '08:00', 'NEXT_EXECUTION_TIME' => '04.01.2027 08:00:00']),
            'sharedWith' => [102],
            'columns' => ['TAGS' => serialize(['план', '年度', '🎯']), 'MULTITASK' => 'Y'],
        ],
        [
            'id' => 147, 'title' => 'Imported template with a broken field', 'createdBy' => 101, 'responsibleId' => 102,
            'responsibles' => members('102'),
            // Written with UTF-16 lengths by a foreign tool: `s:6:"Привет"` is 12 bytes in UTF-8.
            'auditors' => 'a:2:{i:0;s:6:"Привет";i:1;s:3:"101";}',
            'replicate' => true,
            // Cut off in the middle, as a too-short column would store it.
            'params' => substr(serialize(['PERIOD' => 'weekly', 'WEEK_DAYS' => [2], 'TIME' => '11:00']), 0, -2),
            'sharedWith' => [102],
        ],
        [
            'id' => 148, 'title' => 'Board meeting preparation (private)', 'createdBy' => 1, 'responsibleId' => 1,
            'responsibles' => members('1'), 'replicate' => false, 'sharedWith' => [],
        ],
        [
            'id' => 149, 'title' => 'Welcome aboard: first-day checklist', 'createdBy' => 1, 'responsibleId' => 0,
            // "For new users" templates store RESPONSIBLES as serialize([0]) (CTaskTemplates::CheckFields).
            'responsibles' => serialize([0]), 'auditors' => members('101', '102'), 'replicate' => false,
            'sharedWith' => [101, 102],
            'columns' => ['TPARAM_TYPE' => '1', 'DESCRIPTION' => 'Created for every [i]new employee[/i] on their first day.'],
        ],
        [
            'id' => 150, 'title' => 'Шаблон с битым списком ответственных', 'createdBy' => 101, 'responsibleId' => 102,
            // One byte short: "102" is declared as 2 bytes.
            'responsibles' => str_replace('s:3:"102"', 's:2:"102"', members('104', '102')),
            'accomplices' => members('Иван'), 'replicate' => true,
            'params' => params(['PERIOD' => 'weekly', 'WEEK_DAYS' => [4], 'TIME' => '12:00', 'REPEAT_TILL' => 'times', 'TIMES' => 5, 'NEXT_EXECUTION_TIME' => '19.03.2026 12:00:00']),
            'sharedWith' => [102, 104],
        ],
        [
            'id' => 151, 'title' => 'Legacy weekly report (old format)', 'createdBy' => 102, 'responsibleId' => 102,
            'responsibles' => serialize([102]), 'replicate' => true,
            // An old writer: no REPEAT_TILL key (END_DATE set means "until a date"), the creator's own
            // offset in TIMEZONE_OFFSET, ints everywhere, and no keys of the inactive periods.
            'params' => serialize(['PERIOD' => 'weekly', 'EVERY_WEEK' => 1, 'WEEK_DAYS' => [1, 4], 'TIME' => '08:30', 'TIMEZONE_OFFSET' => 10800, 'START_DATE' => '01.09.2025', 'END_DATE' => '30.06.2026', 'NEXT_EXECUTION_TIME' => '19.03.2026 05:30:00']),
            'sharedWith' => [102],
        ],
        [
            'id' => 152, 'title' => 'Month-end closing: bank statements (sub-template)', 'createdBy' => 101, 'responsibleId' => 103,
            'responsibles' => members('103'), 'replicate' => false, 'sharedWith' => [102, 103],
            'columns' => ['BASE_TEMPLATE_ID' => '143', 'DEADLINE_AFTER' => '172800'],
        ],
        // The recurring-task doctor: one template per verdict.
        [
            'id' => 153, 'title' => 'Weekly layout check', 'createdBy' => 109, 'responsibleId' => 102,
            // Created by 109, who was dismissed: the replicator stops (User::isActive of CREATED_BY).
            'responsibles' => members('102'), 'replicate' => true,
            'params' => params(['PERIOD' => 'weekly', 'WEEK_DAYS' => [4], 'TIME' => '10:00', 'NEXT_EXECUTION_TIME' => '19.03.2026 10:00:00']),
            'sharedWith' => [102],
        ],
        [
            'id' => 154, 'title' => 'Winter campaign report', 'createdBy' => 101, 'responsibleId' => 102,
            // The last run was Friday 27.02; the one after it (06.03) falls after END_DATE.
            'responsibles' => members('102'), 'replicate' => true,
            'params' => params(['PERIOD' => 'weekly', 'WEEK_DAYS' => [5], 'TIME' => '17:00', 'START_DATE' => '05.01.2026 00:00:00', 'REPEAT_TILL' => 'date', 'END_DATE' => '28.02.2026 00:00:00', 'NEXT_EXECUTION_TIME' => '27.02.2026 17:00:00']),
            'sharedWith' => [102],
            'columns' => ['TPARAM_REPLICATION_COUNT' => '8'],
        ],
        [
            'id' => 155, 'title' => 'Onboarding lessons', 'createdBy' => 101, 'responsibleId' => 102,
            'responsibles' => members('102'), 'replicate' => true,
            'params' => params(['PERIOD' => 'daily', 'TIME' => '09:00', 'START_DATE' => '02.03.2026 00:00:00', 'REPEAT_TILL' => 'times', 'TIMES' => 7, 'NEXT_EXECUTION_TIME' => '09.03.2026 09:00:00']),
            'sharedWith' => [102],
            'columns' => ['TPARAM_REPLICATION_COUNT' => '7'],
        ],
        [
            'id' => 156, 'title' => 'Monday stock count', 'createdBy' => 101, 'responsibleId' => 102,
            // Planned for 02.03.2026 and never moved on: the agent was lost.
            'responsibles' => members('102'), 'replicate' => true,
            'params' => params(['PERIOD' => 'weekly', 'WEEK_DAYS' => [1], 'TIME' => '09:00', 'START_DATE' => '02.02.2026 00:00:00', 'NEXT_EXECUTION_TIME' => '02.03.2026 09:00:00']),
            'sharedWith' => [102],
            'columns' => ['TPARAM_REPLICATION_COUNT' => '4'],
        ],
        [
            'id' => 157, 'title' => 'Shanghai design sync', 'createdBy' => 105, 'responsibleId' => 105,
            // Li Wei works in Asia/Shanghai (UTC+08:00), five hours ahead of the server (UTC+03:00):
            // TIME, START_DATE and END_DATE are her local time; NEXT_EXECUTION_TIME is server time.
            'responsibles' => members('105'), 'accomplices' => members('102'), 'replicate' => true,
            'params' => params(['PERIOD' => 'weekly', 'WEEK_DAYS' => [2, 4], 'TIME' => '10:00', 'TIMEZONE_OFFSET' => 18000, 'START_DATE' => '17.03.2026 00:00:00', 'NEXT_EXECUTION_TIME' => '17.03.2026 05:00:00']),
            'sharedWith' => [102],
        ],
        [
            'id' => 158, 'title' => 'Tuesday planning (moved by hand)', 'createdBy' => 101, 'responsibleId' => 102,
            // Weekly on Tuesday, but the planned run is a Wednesday.
            'responsibles' => members('102'), 'replicate' => true,
            'params' => params(['PERIOD' => 'weekly', 'WEEK_DAYS' => [2], 'TIME' => '11:00', 'NEXT_EXECUTION_TIME' => '18.03.2026 11:00:00']),
            'sharedWith' => [102],
        ],
        [
            'id' => 159, 'title' => 'Imported schedule with odd values', 'createdBy' => 101, 'responsibleId' => 102,
            // What a foreign import can store: 30 February, an end before the start, an offset of 55 hours.
            'responsibles' => members('102'), 'replicate' => true,
            'params' => params(['PERIOD' => 'monthly', 'MONTHLY_DAY_NUM' => 30, 'TIME' => '10:00', 'TIMEZONE_OFFSET' => 198000, 'START_DATE' => '30.02.2026 00:00:00', 'REPEAT_TILL' => 'date', 'END_DATE' => '01.02.2026 00:00:00']),
            'sharedWith' => [102],
        ],
    ];
    foreach ($specs as $spec) {
        $rows[$spec['id']] = template($spec);
    }
    return $rows;
}

function write(): void
{
    $json = fn (mixed $value): string => json_encode($value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
    $rows = [];
    foreach (templates() as $row) {
        $rows[] = '    ' . $json($row);
    }
    echo "{\n",
        '  "generator": ', $json('php scripts/php-fixtures/generate.php templates'), ",\n",
        '  "php": ', $json(PHP_VERSION), ",\n",
        "  \"templates\": [\n", implode(",\n", $rows), "\n  ]\n",
        "}\n";
}
