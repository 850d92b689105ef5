{#-
    Account progression per month, segment and stage (docs/definitions.md, Account stages), with
    the same months at person level beside it: the dual funnel.
      - accounts_entered: accounts whose stage condition started in the month (spells in
        fct_account_stage_spells), whatever stage they were at: entering qualified is an MQA event
        that starts a spell, entering opportunity an opportunity created, entering customer the
        first win.
      - accounts_reached: accounts whose stage became this one in the month (fct_account_stage_changes,
        to_stage); accounts_moved_forward / accounts_fell_back: accounts whose stage left this
        one upward (forward or re-entry) / downward in the month.
      - accounts_converted: of accounts_reached, those that reached a higher stage within var
        stage_conversion_days (reached_higher_stage_within_window); stage_conversion_rate =
        converted / reached (none for customer, the top). is_conversion_window_closed: every such entry has had the whole
        window by score_as_of (the month's end plus the window is not after it).
      - median_days_in_stage: the median days in this stage of the moves forward out of it in
        the month.
      - mqls, handoffs_accepted: MQL events (fct_mqls) and those sales accepted (fct_handoffs,
        disposition accepted) by mql_at's month, at accounts of the segment; the same on every
        stage row of a month and segment: do not add them up across stages.
    Segments: 'all', and the account's tier, target_account ('true' / 'false'), industry and
    owner now (dim_accounts); each account is in one value of each, so they add up to 'all'.
    A person matched to no account is in 'all' and in '(none)' of each dimension.
-#}
-- sqlfluff:indentation:template_blocks_indent:false
{%- set stages = account_stages() %}
{%- set segments = [
    ('all', "'all'"),
    ('tier', 'accounts.tier'),
    ('target_account', "case when accounts.is_target_account then 'true' else 'false' end"),
    ('industry', 'accounts.industry'),
    ('owner', 'accounts.owner_id'),
] -%}
{%- set account_counts = ['entered', 'reached', 'moved_forward', 'fell_back'] %}
with spells as (

    select * from {{ ref('fct_account_stage_spells') }}

),

changes as (

    select * from {{ ref('fct_account_stage_changes') }}

),

accounts as (

    select * from {{ ref('dim_accounts') }}

),

mqls as (

    select * from {{ ref('fct_mqls') }}

),

handoffs as (

    select * from {{ ref('fct_handoffs') }}

),

clock as (

    select * from {{ ref('int_scoring_clock') }}

),

events as (

    -- one row per event a figure reads: its account, month and kind (and stage, for an account's)
    select
        account_id,
        stage,
        {{ period_start('month', 'started_at') }} as period_start,
        'entered' as event_kind,
        false as is_converted,
        cast(null as {{ type_double() }}) as days_in_stage,
        false as is_accepted
    from spells

    union all

    select
        account_id,
        to_stage as stage,
        {{ period_start('month', 'changed_at') }} as period_start,
        'reached' as event_kind,
        reached_higher_stage_within_window as is_converted,
        cast(null as {{ type_double() }}) as days_in_stage,
        false as is_accepted
    from changes

    union all

    select
        account_id,
        from_stage as stage,
        {{ period_start('month', 'changed_at') }} as period_start,
        case when direction = 'back' then 'fell_back' else 'moved_forward' end as event_kind,
        false as is_converted,
        case when direction <> 'back' then cast(days_in_previous_stage as {{ type_double() }}) end as days_in_stage,
        false as is_accepted
    from changes
    where from_stage <> '{{ stages[0] }}'

    union all

    select
        mqls.account_id,
        cast(null as {{ dbt.type_string() }}) as stage,
        {{ period_start('month', 'mqls.mql_at') }} as period_start,
        'mql' as event_kind,
        false as is_converted,
        cast(null as {{ type_double() }}) as days_in_stage,
        coalesce(handoffs.disposition = 'accepted', false) as is_accepted
    from mqls
    left join handoffs
        on mqls.mql_id = handoffs.mql_id

),

segmented as (

    {% for dimension, expression in segments %}
    select
        events.*,
        '{{ dimension }}' as segment_dimension,
        coalesce(cast({{ expression }} as {{ dbt.type_string() }}), '(none)') as segment_value
    from events
    {% if dimension != 'all' %}
    left join accounts
        on events.account_id = accounts.account_id
    {% endif %}
    {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

account_figures as (

    select
        period_start,
        segment_dimension,
        segment_value,
        stage,
        {%- for kind in account_counts %}
        count(distinct case when event_kind = '{{ kind }}' then account_id end) as accounts_{{ kind }},
        {%- endfor %}
        count(distinct case when event_kind = 'reached' and is_converted then account_id end) as accounts_converted,
        {{ percentile_cont('days_in_stage', 0.5) }} as median_days_in_stage
    from segmented
    where event_kind <> 'mql'
    group by period_start, segment_dimension, segment_value, stage

),

person_figures as (

    select
        period_start,
        segment_dimension,
        segment_value,
        count(*) as mqls,
        sum(case when is_accepted then 1 else 0 end) as handoffs_accepted
    from segmented
    where event_kind = 'mql'
    group by period_start, segment_dimension, segment_value

),

months_and_segments as (

    select
        period_start,
        segment_dimension,
        segment_value
    from account_figures

    union

    select
        period_start,
        segment_dimension,
        segment_value
    from person_figures

),

stage_rows as (

    {% for stage in stages[1:] %}
    select
        months_and_segments.*,
        '{{ stage }}' as stage,
        {{ loop.index }} as stage_order
    from months_and_segments
    {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

final as (

    select
        stage_rows.period_start,
        stage_rows.segment_dimension,
        stage_rows.segment_value,
        stage_rows.stage,
        cast(stage_rows.stage_order as integer) as stage_order,
        {%- for kind in account_counts + ['converted'] %}
        cast(coalesce(account_figures.accounts_{{ kind }}, 0) as integer) as accounts_{{ kind }},
        {%- endfor %}
        case
            when stage_rows.stage_order < {{ stages | length - 1 }}
                then {{ ratio(
                    'coalesce(account_figures.accounts_converted, 0)', 'coalesce(account_figures.accounts_reached, 0)'
                ) }}
        end as stage_conversion_rate,
        {{ dbt.dateadd('day', var('stage_conversion_days'), dbt.dateadd('month', 1, 'stage_rows.period_start')) }}
        <= clock.score_as_of as is_conversion_window_closed,
        {{ report_number('account_figures.median_days_in_stage') }} as median_days_in_stage,
        cast(coalesce(person_figures.mqls, 0) as integer) as mqls,
        cast(coalesce(person_figures.handoffs_accepted, 0) as integer) as handoffs_accepted
    from stage_rows
    cross join clock
    left join account_figures
        on stage_rows.period_start = account_figures.period_start
            and stage_rows.segment_dimension = account_figures.segment_dimension
            and stage_rows.segment_value = account_figures.segment_value
            and stage_rows.stage = account_figures.stage
    left join person_figures
        on stage_rows.period_start = person_figures.period_start
            and stage_rows.segment_dimension = person_figures.segment_dimension
            and stage_rows.segment_value = person_figures.segment_value

)

select {{ contract_columns() }}
from final
