{#-
    The persons whose behavior inputs changed, and from when: one row per person and run. The
    incremental behavior models read the rows written since they last ran (their own
    staged_through) and recompute those persons from changed_from_at on, keeping what they
    stored before it; the running sums after a time depend on nothing later.

    A run writes a row for every person with an activity row staged since this model last ran
    (val_raw__activities.staged_at: new activities, new copies of known ids, verdicts that
    changed), changed_from_at being the earliest occurred_at among those rows (rejected rows
    included: an activity that is no longer scored changes the person from its time on), and
    null when one of them has no readable time; and for every person whose lead records changed
    (int_person_lead_sets: a merge, an unmerge or a deletion re-keys all their events), with
    changed_from_at null, which means from the start.

    Append-only on DuckDB and PostgreSQL: the consumers keep their own mark, so a run killed
    between two of them leaves the rows for the next run to catch up. A full build writes every
    person once with changed_from_at null.
-#}
-- sqlfluff:indentation:template_blocks_indent:false
{{ config(**high_volume_config(['person_id', 'staged_through'])) }}
{#- Read only in incremental runs: taken here, so dbt sees these parents when it parses. -#}
{%- set val_raw__activities = ref('val_raw__activities') %}
{%- set int_leads_resolved = ref('int_leads_resolved') %}

with lead_sets as (

    select * from {{ ref('int_person_lead_sets') }}

),

{% if is_incremental() %}

logged_through as (

    select {{ stored_mark() }} as staged_through
    from {{ this }}

),

changes as (

    select
        resolved.person_id,
        activities.occurred_at as changed_from_at
    from {{ val_raw__activities }} as activities
    cross join logged_through
    inner join {{ int_leads_resolved }} as resolved
        on activities.lead_id = resolved.lead_id
    where activities.staged_at > logged_through.staged_through
        and resolved.person_id is not null

    union all

    select
        lead_sets.person_id,
        cast(null as {{ dbt.type_timestamp() }}) as changed_from_at
    from lead_sets
    cross join logged_through
    where lead_sets.changed_at > logged_through.staged_through

),

{% else %}

changes as (

    select
        person_id,
        cast(null as {{ dbt.type_timestamp() }}) as changed_from_at
    from lead_sets

),

{% endif %}

final as (

    select
        person_id,
        -- a null time (an unreadable one, or a new lead set) wins: from the start
        {{ earliest_change() }} as changed_from_at,
        {{ run_stamp() }} as staged_through
    from changes
    group by person_id

)

select * from final
