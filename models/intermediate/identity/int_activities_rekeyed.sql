{#-
    Every staged activity of a surviving person, re-keyed to that person, plus every anonymous
    account-level activity (person_id null). Activities of records kept out of person resolution
    (deleted, merge cycle, unknown merge target) are listed in rejected_records instead.
-#}
with activities as (

    select * from {{ ref('stg_raw__activities') }}

),

resolved as (

    select * from {{ ref('int_leads_resolved') }}

),

final as (

    select
        activities.activity_id,
        resolved.person_id,
        activities.lead_id as original_lead_id,
        activities.account_domain,
        activities.activity_type,
        activities.occurred_at,
        activities.channel,
        activities.campaign,
        activities.detail
    from activities
    left join resolved
        on activities.lead_id = resolved.lead_id
    where activities.lead_id is null
        or resolved.person_id is not null

)

select * from final
