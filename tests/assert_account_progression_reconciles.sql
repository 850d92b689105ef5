-- rpt_account_progression reconciles (docs/definitions.md, Account stages): on the 'all' rows,
-- accounts entering qualified per month are the accounts whose MQA events (fct_mqas) start a
-- spell, and every qualified spell starts at an MQA event of its account at its start; accounts
-- entering opportunity are the accounts with an opportunity created that month, and accounts
-- entering customer those whose first win (its close, else its creation) is that month
-- (fct_opportunities, up to score_as_of); every dimension's values add up to the 'all' row for
-- each month and stage, every account count and the MQLs alike. Returns one row per month,
-- stage and figure that differs.
-- sqlfluff:indentation:template_blocks_indent:false
{%- set figures = ['accounts_entered', 'accounts_reached', 'accounts_moved_forward', 'accounts_fell_back',
    'accounts_converted', 'mqls', 'handoffs_accepted'] %}
with report as (

    select * from {{ ref('rpt_account_progression') }}

),

clock as (

    select * from {{ ref('int_scoring_clock') }}

),

opportunities as (

    select opportunities.*
    from {{ ref('fct_opportunities') }} as opportunities
    cross join clock
    where opportunities.created_at <= clock.score_as_of

),

qualified_spells as (

    select * from {{ ref('fct_account_stage_spells') }}
    where stage = 'qualified'

),

mqas as (

    select * from {{ ref('fct_mqas') }}

),

first_wins as (

    select
        account_id,
        min(coalesce(closed_at, created_at)) as first_won_at
    from opportunities
    where is_won
    group by account_id

),

report_entries as (

    select * from report
    where segment_dimension = 'all' and stage in ('qualified', 'opportunity', 'customer')

),

expected as (

    select
        'qualified' as stage,
        {{ period_start('month', 'mqas.mqa_at') }} as period_start,
        count(distinct mqas.account_id) as accounts_entered
    from mqas
    inner join qualified_spells
        on 'mqa:' || mqas.mqa_id = qualified_spells.start_cause_id
    group by {{ period_start('month', 'mqas.mqa_at') }}

    union all

    select
        'opportunity' as stage,
        {{ period_start('month', 'created_at') }} as period_start,
        count(distinct account_id) as accounts_entered
    from opportunities
    group by {{ period_start('month', 'created_at') }}

    union all

    select
        'customer' as stage,
        {{ period_start('month', 'first_wins.first_won_at') }} as period_start,
        count(*) as accounts_entered
    from first_wins
    cross join clock
    where first_wins.first_won_at <= clock.score_as_of
    group by {{ period_start('month', 'first_wins.first_won_at') }}

),

entries_compared as (

    select
        coalesce(expected.stage, report.stage) as stage,
        coalesce(expected.period_start, report.period_start) as period_start,
        'accounts_entered' as figure,
        cast(coalesce(report.accounts_entered, 0) as {{ dbt.type_bigint() }}) as reported,
        cast(coalesce(expected.accounts_entered, 0) as {{ dbt.type_bigint() }}) as expected
    from expected
    full outer join report_entries as report
        on expected.stage = report.stage
            and expected.period_start = report.period_start

),

spells_without_their_mqa as (

    select
        qualified_spells.stage,
        {{ period_start('month', 'qualified_spells.started_at') }} as period_start,
        'spell without its MQA event' as figure,
        cast(count(*) as {{ dbt.type_bigint() }}) as reported,
        cast(0 as {{ dbt.type_bigint() }}) as expected
    from qualified_spells
    left join mqas
        on qualified_spells.start_cause_id = 'mqa:' || mqas.mqa_id
            and qualified_spells.account_id = mqas.account_id
            and qualified_spells.started_at = mqas.mqa_at
    where mqas.mqa_id is null
    group by qualified_spells.stage, {{ period_start('month', 'qualified_spells.started_at') }}

),

dimension_totals as (

    select
        period_start,
        stage,
        {%- for figure in figures %}
        sum({{ figure }}) as {{ figure }},
        {%- endfor %}
        segment_dimension
    from report
    group by period_start, stage, segment_dimension

),

dimensions_compared as (

    {% for figure in figures %}
    select
        dimension_totals.stage,
        dimension_totals.period_start,
        dimension_totals.segment_dimension || ': {{ figure }}' as figure,
        cast(dimension_totals.{{ figure }} as {{ dbt.type_bigint() }}) as reported,
        cast(all_rows.{{ figure }} as {{ dbt.type_bigint() }}) as expected
    from dimension_totals
    inner join dimension_totals as all_rows
        on dimension_totals.period_start = all_rows.period_start
            and dimension_totals.stage = all_rows.stage
            and all_rows.segment_dimension = 'all'
    {% if not loop.last %}union all{% endif %}
    {% endfor %}

)

select * from entries_compared
where reported <> expected
union all
select * from spells_without_their_mqa
union all
select * from dimensions_compared
where reported <> expected
