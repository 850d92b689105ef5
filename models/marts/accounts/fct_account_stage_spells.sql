{#-
    When each account held each buying stage (docs/definitions.md, Account stages): one row per
    account, stage and spell [started_at, ended_at), ended_at null while the stage still holds
    at score_as_of, with the event that started it and the one that ended it. Intervals of one
    stage may overlap (two open opportunities); fct_account_stage_changes takes the highest stage
    that holds at each moment. Accounts are after subsidiary roll-up. The numbers are the rows of
    scoring_account_stages; a signal is judged by the version in effect when it happened, a
    threshold by the version in effect at the time.
      - target: on the target-account list, or ICP tier A or B by today's fit (the version in
        effect at score_as_of), from the account's created_at (else the first activity of any
        account): history is restated when fit changes.
      - aware: each activity at the account, known or anonymous, keeps it aware for window_days;
        the activities' intervals that overlap or touch merge into one.
      - engaged: each engaged instant (behavior at or over the engaged threshold, or an MQL) of
        a person at the account keeps that person engaged for window_days (merged per person);
        the stage holds while min_people people are engaged.
      - qualified: a run of qualifying instants (int_account_qualification_instants, the row at
        score_as_of included), each within window_days of the one before, holds until the first
        instant that no longer qualifies or window_days after its last qualifying instant; the
        stage holds from the run's first MQA event (a run without one, inside an MQA cooldown,
        never enters it).
      - opportunity: each opportunity from its creation to its close (a close without a date:
        its creation); won or lost ends it.
      - customer: from the first win (its close, else its creation); never left.
-#}
-- sqlfluff:indentation:template_blocks_indent:false
{%- set stages = account_stages() %}
with clock as (

    select * from {{ ref('int_scoring_clock') }}

),

versions_in_effect as (

    select * from {{ ref('int_scoring_versions_in_effect') }}

),

stage_rules as (

    select * from {{ ref('scoring_account_stages') }}

),

rolled_up as (

    select * from {{ ref('int_accounts_rolled_up') }}

),

accounts as (

    select accounts.*
    from {{ ref('stg_raw__accounts') }} as accounts
    inner join rolled_up
        on accounts.account_id = rolled_up.account_id
    where rolled_up.resolved_account_id = accounts.account_id

),

fit_now as (

    select fit.*
    from {{ ref('int_accounts_fit_scored') }} as fit
    inner join clock
        on fit.model_version = clock.model_version_in_effect

),

activities as (

    select * from {{ ref('int_activities_rekeyed') }}

),

matched as (

    select * from {{ ref('int_persons_matched_to_accounts') }}
    where resolved_account_id is not null

),

domains as (

    select * from {{ ref('int_account_domains') }}

),

signals as (

    select * from {{ ref('int_account_signals') }}

),

qualification as (

    select * from {{ ref('int_account_qualification_instants') }}

),

mqa_events as (

    select * from {{ ref('int_mqa_events') }}

),

opportunities as (

    select
        opportunities.*,
        rolled_up.resolved_account_id
    from {{ ref('int_opportunities_rekeyed') }} as opportunities
    inner join rolled_up
        on opportunities.account_id = rolled_up.account_id

),

-- target ---------------------------------------------------------------------------------------

target as (

    select
        accounts.account_id,
        '{{ stages[1] }}' as stage,
        coalesce(accounts.created_at, clock.first_activity_at, clock.score_as_of) as started_at,
        cast(null as {{ dbt.type_timestamp() }}) as ended_at,
        case when accounts.is_target_account then 'target_account' else 'icp_tier_' || fit_now.tier end as start_cause,
        accounts.account_id as start_cause_id,
        cast(null as {{ dbt.type_string() }}) as end_cause,
        cast(null as {{ dbt.type_string() }}) as end_cause_id
    from accounts
    cross join clock
    inner join fit_now
        on accounts.account_id = fit_now.account_key
    where (accounts.is_target_account or fit_now.tier in ('A', 'B'))
        and coalesce(accounts.created_at, clock.first_activity_at, clock.score_as_of) <= clock.score_as_of

),

-- aware ----------------------------------------------------------------------------------------

account_activities as (

    select
        coalesce(matched.resolved_account_id, domains.resolved_account_id) as account_id,
        activities.activity_id,
        activities.occurred_at
    from activities
    left join matched
        on activities.person_id = matched.person_id
    left join domains
        on activities.person_id is null
            and activities.account_domain = domains.domain

),

aware_signals as (

    select
        '{{ stages[2] }}' as stage,
        account_activities.account_id,
        cast(null as {{ dbt.type_string() }}) as person_id,
        'activity:' || account_activities.activity_id as cause_id,
        account_activities.occurred_at,
        {{ dbt.dateadd('day', 'rules.window_days', 'account_activities.occurred_at') }} as held_until
    from account_activities
    cross join clock
    inner join versions_in_effect
        on account_activities.occurred_at >= versions_in_effect.in_effect_from
            and account_activities.occurred_at < versions_in_effect.in_effect_until
    inner join stage_rules as rules
        on versions_in_effect.model_version = rules.model_version
            and rules.stage = '{{ stages[2] }}'
    where account_activities.account_id is not null
        and account_activities.occurred_at <= clock.score_as_of

),

-- engaged --------------------------------------------------------------------------------------

engaged_signals as (

    select
        '{{ stages[3] }}' as stage,
        signals.account_id,
        signals.person_id,
        signals.signal_id as cause_id,
        signals.occurred_at,
        {{ dbt.dateadd('day', 'rules.window_days', 'signals.occurred_at') }} as held_until
    from signals
    inner join stage_rules as rules
        on signals.model_version = rules.model_version
            and rules.stage = '{{ stages[3] }}'
    where signals.signal in ('instant', 'mql') and signals.is_engaged

),

windows as (

    -- each signal's window [occurred_at, held_until): an account's activities (aware) and each
    -- person's engaged instants (engaged)
    select
        stage,
        account_id,
        person_id,
        cause_id,
        occurred_at,
        held_until
    from aware_signals

    union all

    select
        stage,
        account_id,
        person_id,
        cause_id,
        occurred_at,
        held_until
    from engaged_signals

),

windows_flagged as (

    select
        *,
        {{ starts_island(
            'occurred_at', 'held_until', 'stage, account_id, person_id', 'occurred_at, cause_id'
        ) }} as is_island_start
    from windows

),

windows_merged as (

    -- the windows of one stage, account and person that overlap or touch merge into one island
    select
        stage,
        account_id,
        person_id,
        min(occurred_at) as started_at,
        max(held_until) as ended_at,
        max(case when is_island_start = 1 then cause_id end) as cause_id
    from (
        select
            *,
            sum(is_island_start) over (
                partition by stage, account_id, person_id order by occurred_at, cause_id
                rows between unbounded preceding and current row
            ) as island_number
        from windows_flagged
    ) as numbered
    group by stage, account_id, person_id, island_number

),

aware as (

    select
        account_id,
        stage,
        started_at,
        ended_at,
        'activity' as start_cause,
        cause_id as start_cause_id,
        'lapsed' as end_cause,
        cast(null as {{ dbt.type_string() }}) as end_cause_id
    from windows_merged
    where stage = '{{ stages[2] }}'

),

engaged_people as (

    select
        account_id,
        started_at,
        ended_at,
        cause_id
    from windows_merged
    where stage = '{{ stages[3] }}'

),

engaged_steps as (

    -- +1 when a person's engagement starts, -1 when it lapses; a version taking effect is a step
    -- of 0, where the threshold may change
    select
        account_id,
        started_at as step_at,
        1 as step,
        cause_id
    from engaged_people

    union all

    select
        account_id,
        ended_at as step_at,
        -1 as step,
        cast(null as {{ dbt.type_string() }}) as cause_id
    from engaged_people

    union all

    select
        accounts_engaged.account_id,
        versions_in_effect.in_effect_from as step_at,
        0 as step,
        cast(null as {{ dbt.type_string() }}) as cause_id
    from (select distinct account_id from engaged_people) as accounts_engaged
    cross join versions_in_effect

),

engaged_points as (

    select
        steps.account_id,
        steps.step_at,
        sum(steps.step) as step,
        min(steps.cause_id) as cause_id
    from engaged_steps as steps
    cross join clock
    where steps.step_at <= clock.score_as_of
    group by steps.account_id, steps.step_at

),

engaged_counts as (

    select
        counted.*,
        versions_in_effect.model_version,
        coalesce(counted.people >= rules.min_people, false) as is_held
    from (
        select
            *,
            sum(step) over (
                partition by account_id order by step_at rows between unbounded preceding and current row
            ) as people
        from engaged_points
    ) as counted
    inner join versions_in_effect
        on counted.step_at >= versions_in_effect.in_effect_from
            and counted.step_at < versions_in_effect.in_effect_until
    inner join stage_rules as rules
        on versions_in_effect.model_version = rules.model_version
            and rules.stage = '{{ stages[3] }}'

),

engaged_turns as (

    -- the points where the stage starts or stops holding
    select
        *,
        lead(step_at) over (partition by account_id order by step_at) as next_turn_at,
        lead(step) over (partition by account_id order by step_at) as next_turn_step
    from (
        select
            *,
            lag(is_held, 1, false) over (partition by account_id order by step_at) as was_held
        from engaged_counts
    ) as turned
    where is_held <> was_held

),

engaged as (

    select
        account_id,
        '{{ stages[3] }}' as stage,
        step_at as started_at,
        next_turn_at as ended_at,
        case when cause_id is null then 'rules_changed' else 'engaged_people' end as start_cause,
        coalesce(cause_id, 'version:' || model_version) as start_cause_id,
        case
            when next_turn_at is null then cast(null as {{ dbt.type_string() }})
            when next_turn_step < 0 then 'lapsed'
            else 'rules_changed'
        end as end_cause,
        cast(null as {{ dbt.type_string() }}) as end_cause_id
    from engaged_turns
    where is_held

),

-- qualified ------------------------------------------------------------------------------------

qualification_held as (

    select
        qualification.account_id,
        qualification.occurred_at,
        qualification.is_as_of_row,
        qualification.is_qualified,
        {{ dbt.dateadd('day', 'rules.window_days', 'qualification.occurred_at') }} as held_until
    from qualification
    cross join clock
    inner join stage_rules as rules
        on qualification.model_version = rules.model_version
            and rules.stage = '{{ stages[4] }}'
    where qualification.occurred_at <= clock.score_as_of

),

qualification_ordered as (

    select
        *,
        lag(is_qualified, 1, false) over instant_order as previous_qualified,
        lag(held_until) over instant_order as previous_held_until,
        lead(occurred_at) over instant_order as next_at,
        lead(is_qualified) over instant_order as next_qualified
    from qualification_held
    window instant_order as (partition by account_id order by occurred_at, is_as_of_row)

),

qualifying_runs as (

    select
        *,
        sum(case when previous_qualified and occurred_at < previous_held_until then 0 else 1 end) over (
            partition by account_id order by occurred_at, is_as_of_row rows between unbounded preceding and current row
        ) as run_number,
        -- where the run ends after this instant: the next instant if it no longer qualifies in the
        -- window, the window's end if nothing qualifies in it, nowhere if the run goes on
        case
            when next_at < held_until and not next_qualified then next_at
            when next_at < held_until then null
            else held_until
        end as run_ends_at
    from qualification_ordered
    where is_qualified

),

runs as (

    select
        account_id,
        run_number,
        min(occurred_at) as run_started_at,
        max(run_ends_at) as run_ended_at
    from qualifying_runs
    group by account_id, run_number

),

run_first_mqa as (

    select
        runs.account_id,
        runs.run_number,
        runs.run_ended_at,
        mqa_events.mqa_at,
        mqa_events.mqa_id,
        row_number() over (
            partition by runs.account_id, runs.run_number order by mqa_events.mqa_at, mqa_events.mqa_id
        ) as mqa_in_run
    from runs
    inner join mqa_events
        on runs.account_id = mqa_events.account_id
            and runs.run_started_at <= mqa_events.mqa_at
            and (runs.run_ended_at is null or runs.run_ended_at > mqa_events.mqa_at)

),

qualified as (

    select
        account_id,
        '{{ stages[4] }}' as stage,
        mqa_at as started_at,
        run_ended_at as ended_at,
        'mqa' as start_cause,
        'mqa:' || mqa_id as start_cause_id,
        'lapsed' as end_cause,
        cast(null as {{ dbt.type_string() }}) as end_cause_id
    from run_first_mqa
    where mqa_in_run = 1

),

-- opportunity and customer ---------------------------------------------------------------------

opportunities_in_clock as (

    select
        opportunities.resolved_account_id as account_id,
        opportunities.opportunity_id,
        opportunities.created_at,
        opportunities.is_won,
        case
            when opportunities.is_closed or opportunities.is_won
                then coalesce(opportunities.closed_at, opportunities.created_at)
        end as closed_at
    from opportunities
    cross join clock
    where opportunities.created_at <= clock.score_as_of

),

opportunity as (

    select
        account_id,
        '{{ stages[5] }}' as stage,
        created_at as started_at,
        closed_at as ended_at,
        'opportunity_created' as start_cause,
        'opportunity:' || opportunity_id as start_cause_id,
        case when is_won then 'opportunity_won' else 'opportunity_lost' end as end_cause,
        'opportunity:' || opportunity_id as end_cause_id
    from opportunities_in_clock

),

wins as (

    select
        opportunities_in_clock.account_id,
        opportunities_in_clock.opportunity_id,
        opportunities_in_clock.closed_at,
        row_number() over (
            partition by opportunities_in_clock.account_id
            order by opportunities_in_clock.closed_at, opportunities_in_clock.opportunity_id
        ) as win_number
    from opportunities_in_clock
    cross join clock
    where opportunities_in_clock.is_won and opportunities_in_clock.closed_at <= clock.score_as_of

),

customer as (

    select
        account_id,
        '{{ stages[6] }}' as stage,
        closed_at as started_at,
        cast(null as {{ dbt.type_timestamp() }}) as ended_at,
        'opportunity_won' as start_cause,
        'opportunity:' || opportunity_id as start_cause_id,
        cast(null as {{ dbt.type_string() }}) as end_cause,
        cast(null as {{ dbt.type_string() }}) as end_cause_id
    from wins
    where win_number = 1

),

intervals as (

    {% for stage in stages[1:] %}
    select * from {{ stage }}
    {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

final as (

    -- an end after score_as_of has not happened yet
    select
        {{ dbt.hash(dbt.concat([
            'intervals.account_id', "'|'", 'intervals.stage', "'|'",
            'cast(cast(round(' ~ epoch_seconds('intervals.started_at') ~ ' * 1000000) as ' ~ dbt.type_bigint()
            ~ ') as ' ~ dbt.type_string() ~ ')', "'|'", "coalesce(intervals.start_cause_id, '')"])) }} as stage_spell_id,
        intervals.account_id,
        intervals.stage,
        case intervals.stage
            {% for stage in stages %}
            when '{{ stage }}' then {{ loop.index0 }}
            {% endfor %}
        end as stage_order,
        intervals.started_at,
        case when intervals.ended_at <= clock.score_as_of then intervals.ended_at end as ended_at,
        intervals.start_cause,
        intervals.start_cause_id,
        case when intervals.ended_at <= clock.score_as_of then intervals.end_cause end as end_cause,
        case when intervals.ended_at <= clock.score_as_of then intervals.end_cause_id end as end_cause_id
    from intervals
    cross join clock
    where intervals.account_id is not null

)

select {{ contract_columns() }}
from final
