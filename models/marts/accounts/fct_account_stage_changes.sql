{#-
    One row per account and change of buying stage (docs/definitions.md, Account stages): an
    account's stage at any moment is the highest stage that holds then (fct_account_stage_spells),
    none when nothing does. The spells' starts and ends are steps of a running count per
    stage, summed in time order per account; wherever the highest stage with a count above 0
    differs from the one before, the stage changed.
    direction: forward (to a higher stage), back (to a lower one: a window lapsed, an opportunity
    was lost), re-entry (forward into a stage the account has entered before). cause and cause_id
    name the event: for a move forward, the start of the stage moved to (the activity, the
    engaged person's instant, the MQA, the opportunity); for a move back, the end of the stage
    left (lapsed, opportunity_lost). model_version is the scoring version in effect at the change.
    days_to_higher_stage: until the account next reached a stage above to_stage (null if it has
    not); within var stage_conversion_days it converted (reached_higher_stage_within_window).
-#}
-- sqlfluff:indentation:template_blocks_indent:false
{%- set stages = account_stages() %}
with spells as (

    select * from {{ ref('fct_account_stage_spells') }}

),

versions_in_effect as (

    select * from {{ ref('int_scoring_versions_in_effect') }}

),

steps as (

    select
        account_id,
        started_at as step_at,
        stage_order,
        1 as step,
        start_cause as cause,
        start_cause_id as cause_id
    from spells

    union all

    select
        account_id,
        ended_at as step_at,
        stage_order,
        -1 as step,
        end_cause as cause,
        end_cause_id as cause_id
    from spells
    where ended_at is not null

),

points as (

    select
        account_id,
        {%- for stage in stages[1:] %}
        sum(case when stage_order = {{ loop.index }} then step else 0 end) as step_{{ loop.index }},
        {%- endfor %}
        step_at
    from steps
    group by account_id, step_at

),

counts as (

    select
        account_id,
        {%- for stage in stages[1:] %}
        sum(step_{{ loop.index }}) over running_window as held_{{ loop.index }},
        {%- endfor %}
        step_at
    from points
    window running_window as (
        partition by account_id order by step_at rows between unbounded preceding and current row
    )

),

stage_at_points as (

    select
        account_id,
        step_at,
        case
            {%- for stage in stages[1:] | reverse %}
            when held_{{ stages | length - loop.index }} > 0 then {{ stages | length - loop.index }}
            {%- endfor %}
            else 0
        end as stage_order
    from counts

),

changes as (

    select
        account_id,
        step_at as changed_at,
        previous_stage_order as from_stage_order,
        stage_order as to_stage_order
    from (
        select
            *,
            lag(stage_order, 1, 0) over (partition by account_id order by step_at) as previous_stage_order
        from stage_at_points
    ) as compared
    where stage_order <> previous_stage_order

),

causes as (

    -- one step per account, time, stage and direction: the lowest cause id when several coincide
    select
        account_id,
        step_at,
        stage_order,
        step,
        cause,
        cause_id
    from (
        select
            *,
            row_number() over (
                partition by account_id, step_at, stage_order, step order by cause_id nulls last, cause
            ) as cause_rank
        from steps
    ) as ranked
    where cause_rank = 1

),

sequenced as (

    select
        changes.*,
        row_number() over (partition by changes.account_id order by changes.changed_at) as change_number,
        row_number() over (
            partition by changes.account_id, changes.to_stage_order order by changes.changed_at
        ) as entry_number,
        lag(changes.changed_at) over (
            partition by changes.account_id order by changes.changed_at
        ) as previous_changed_at
    from changes

),

higher_stage_reached as (

    -- when the account next reached a stage above the one each change moved it to
    select
        changes.account_id,
        changes.changed_at,
        min(later.changed_at) as reached_at
    from changes
    inner join changes as later
        on changes.account_id = later.account_id
            and changes.changed_at < later.changed_at
            and changes.to_stage_order < later.to_stage_order
    group by changes.account_id, changes.changed_at

),

final as (

    select
        {{ dbt.hash(dbt.concat([
            'sequenced.account_id', "'|'",
            'cast(cast(round(' ~ epoch_seconds('sequenced.changed_at') ~ ' * 1000000) as ' ~ dbt.type_bigint()
            ~ ') as ' ~ dbt.type_string() ~ ')'])) }} as stage_change_id,
        sequenced.account_id,
        sequenced.changed_at,
        cast(sequenced.change_number as integer) as change_number,
        {%- for side in ['from', 'to'] %}
        case sequenced.{{ side }}_stage_order
            {%- for stage in stages %}
            when {{ loop.index0 }} then '{{ stage }}'
            {%- endfor %}
        end as {{ side }}_stage,
        cast(sequenced.{{ side }}_stage_order as integer) as {{ side }}_stage_order,
        {%- endfor %}
        case
            when sequenced.to_stage_order < sequenced.from_stage_order then 'back'
            when sequenced.entry_number > 1 then 're-entry'
            else 'forward'
        end as direction,
        {{ report_number(elapsed(
            'sequenced.previous_changed_at', 'sequenced.changed_at', 86400
        )) }} as days_in_previous_stage,
        {{ report_number(elapsed(
            'sequenced.changed_at', 'higher_stage_reached.reached_at', 86400
        )) }} as days_to_higher_stage,
        coalesce(
            {{ elapsed('sequenced.changed_at', 'higher_stage_reached.reached_at', 86400) }}
            <= {{ var('stage_conversion_days') }},
            false
        ) as reached_higher_stage_within_window,
        versions_in_effect.model_version,
        causes.cause,
        causes.cause_id
    from sequenced
    inner join versions_in_effect
        on sequenced.changed_at >= versions_in_effect.in_effect_from
            and sequenced.changed_at < versions_in_effect.in_effect_until
    left join higher_stage_reached
        on sequenced.account_id = higher_stage_reached.account_id
            and sequenced.changed_at = higher_stage_reached.changed_at
    left join causes
        on sequenced.account_id = causes.account_id
            and sequenced.changed_at = causes.step_at
            and (
                (
                    sequenced.to_stage_order > sequenced.from_stage_order
                    and sequenced.to_stage_order = causes.stage_order
                    and causes.step = 1
                )
                or (
                    sequenced.to_stage_order < sequenced.from_stage_order
                    and sequenced.from_stage_order = causes.stage_order
                    and causes.step = -1
                )
            )

)

select {{ contract_columns() }}
from final
