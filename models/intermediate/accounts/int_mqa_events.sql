{#-
    MQA events (definitions: MQA): an account's first qualifying instant, then each first qualifying
    instant at least mqa_cooldown_days (of the version in effect at the previous event) after
    the previous event. Each event depends on the one before, so the chain is unrolled in SQL:
    var mqa_max_events_per_account steps (24 by default: two years of a 30-day cooldown).

    Incremental on DuckDB and PostgreSQL (delete+insert by account): a run detects again every
    event of the accounts whose instants int_account_qualification_instants wrote since this
    model last ran, and of the accounts with a stored event whose instant no longer qualifies.
    An account's events are few, so its chain is unrolled again from its first qualifying
    instant. Each account detected again also gets a row with a null mqa_id, which the
    post-hook removes.
-#}
-- sqlfluff:indentation:template_blocks_indent:false
{{ config(**high_volume_config('account_id', post_hook=[
    "delete from {{ this }} where mqa_id is null",
])) }}
{%- set steps = var('mqa_max_events_per_account') | int -%}
{%- set event_columns = ['mqa_id', 'account_id', 'mqa_at', 'mqa_number', 'model_version', 'mql_people',
    'engaged_people', 'active_people', 'roles_reached', 'roles_engaged', 'required_roles', 'reach', 'coverage',
    'anonymous_points', 'account_score', 'tier'] %}

with

{% if is_incremental() %}

instants as (

    select * from {{ ref('int_account_qualification_instants') }}
    where not is_as_of_row

),

detected_through as (

    select {{ stored_mark() }} as staged_through
    from {{ this }}

),

accounts_to_detect as (

    select distinct instants.account_id
    from instants
    cross join detected_through
    where instants.staged_through > detected_through.staged_through

    union

    select kept.account_id
    from {{ this }} as kept
    left join instants
        on kept.account_id = instants.account_id
            and kept.mqa_at = instants.occurred_at
            and instants.is_qualified
    where instants.account_id is null

),

{% endif %}

qualifying as (

    -- read straight from the table: Spark inlines this CTE into every step of the chain
    select qualification.*
    from {{ ref('int_account_qualification_instants') }} as qualification
    {% if is_incremental() %}
    inner join accounts_to_detect
        on qualification.account_id = accounts_to_detect.account_id
    {% endif %}
    where qualification.is_qualified and not qualification.is_as_of_row

),

event_1 as (

    select
        account_id,
        min(occurred_at) as mqa_at
    from qualifying
    group by account_id

),
{% for step in range(2, steps + 1) %}
event_{{ step }} as (

    select
        later.account_id,
        min(later.occurred_at) as mqa_at
    from event_{{ step - 1 }} as previous_event
    inner join qualifying as at_previous
        on previous_event.account_id = at_previous.account_id
            and previous_event.mqa_at = at_previous.occurred_at
    inner join qualifying as later
        on previous_event.account_id = later.account_id
            and {{ epoch_seconds('later.occurred_at') }}
            >= {{ epoch_seconds('previous_event.mqa_at') }} + at_previous.mqa_cooldown_days * 86400.0
    group by later.account_id

),
{% endfor %}

events as (
    {% for step in range(1, steps + 1) %}
    select
        account_id,
        mqa_at,
        {{ step }} as mqa_number
    from event_{{ step }}
    {% if not loop.last %}union all{% endif %}
    {% endfor %}
),

detected as (

    select
        {{ dbt.hash(dbt.concat([
            'events.account_id', "'|'",
            'cast(cast(round(' ~ epoch_seconds('events.mqa_at') ~ ' * 1000000) as ' ~ dbt.type_bigint()
            ~ ') as ' ~ dbt.type_string() ~ ')',
            "'|'", 'qualifying.model_version'])) }} as mqa_id,
        events.account_id,
        events.mqa_at,
        events.mqa_number,
        qualifying.model_version,
        qualifying.mql_people,
        qualifying.engaged_people,
        qualifying.active_people,
        qualifying.roles_reached,
        qualifying.roles_engaged,
        qualifying.required_roles,
        qualifying.reach,
        qualifying.coverage,
        qualifying.anonymous_points,
        qualifying.account_score,
        qualifying.tier
    from events
    inner join qualifying
        on events.account_id = qualifying.account_id
            and events.mqa_at = qualifying.occurred_at

),

final as (

    select
        {%- for column in event_columns %}
        detected.{{ column }},
        {%- endfor %}
        {{ run_stamp() }} as staged_through
    from detected
    {% if is_incremental() %}

    union all

    -- each account detected again: the row that deletes its stored events (mqa_id null; the
    -- nulls of an empty join keep the column types, which PostgreSQL would widen for a bare null)
    select
        {%- for column in event_columns %}
        {{ 'accounts_to_detect' if column == 'account_id' else 'no_row' }}.{{ column }},
        {%- endfor %}
        {{ run_stamp() }} as staged_through
    from accounts_to_detect
    left join detected as no_row
        on 1 = 0
    {% endif %}

)

select * from final
