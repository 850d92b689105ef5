{#-
    Every staged sales touch of a surviving person, re-keyed to that person. Touches of records
    kept out of person resolution are listed in rejected_records instead.
-#}
with touches as (

    select * from {{ ref('stg_raw__sales_touches') }}

),

resolved as (

    select * from {{ ref('int_leads_resolved') }}

),

final as (

    select
        touches.touch_id,
        resolved.person_id,
        touches.lead_id as original_lead_id,
        touches.rep_id,
        touches.touch_type,
        touches.is_automated,
        touches.touched_at
    from touches
    inner join resolved
        on touches.lead_id = resolved.lead_id
    where resolved.person_id is not null

)

select * from final
