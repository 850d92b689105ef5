{#-
    Which lead records make up each person, and when that last changed: the trail
    int_behavior_instants follows to score again the persons a merge, an unmerge or a deletion
    re-keyed (a person's behavior is the events of their lead records). Incremental on DuckDB
    and PostgreSQL: a run writes a row only for a person whose set of lead ids differs from the
    stored one (lead_ids null once the person is gone), stamped with the run's start.
-#}
-- sqlfluff:indentation:template_blocks_indent:false
{{ config(**high_volume_config('person_id')) }}

with resolved as (

    select
        person_id,
        lead_id
    from {{ ref('int_leads_resolved') }}
    where person_id is not null

),

lead_sets as (

    select
        person_id,
        {{ ordered_list('lead_id', 'lead_id') }} as lead_ids
    from resolved
    group by person_id

),

{% if is_incremental() %}

changed as (

    select
        coalesce(lead_sets.person_id, kept.person_id) as person_id,
        lead_sets.lead_ids
    from lead_sets
    full outer join {{ this }} as kept
        on lead_sets.person_id = kept.person_id
    where (lead_sets.lead_ids is null and kept.lead_ids is not null)
        or (lead_sets.lead_ids is not null and kept.lead_ids is null)
        or lead_sets.lead_ids != kept.lead_ids

),

{% else %}

changed as (

    select * from lead_sets

),

{% endif %}

final as (

    select
        person_id,
        lead_ids,
        {{ run_stamp() }} as changed_at
    from changed

)

select * from final
