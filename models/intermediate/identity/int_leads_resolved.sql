{#-
    Person resolution (definitions: Identity). One row per staged lead record with the surviving person
    it belongs to, or why it belongs to none:
      1. merged_into_lead_id is followed to its root (a cycle, or a merge into an unknown record,
         keeps the whole chain out);
      2. a chain whose root is deleted is kept out (merged-away records are often flagged
         deleted by the CRM; only the root's flag decides);
      3. among live roots with the same email, the survivor is the one with a CRM account (an id
         that matches a staged account), then the earliest created_at, then the lowest lead_id.
         Null emails never merge.
-#}
with leads as (

    select * from {{ ref('stg_raw__leads') }}

),

accounts as (

    select account_id from {{ ref('stg_raw__accounts') }}

),

{{ follow_pointers('leads', 'lead_id', 'merged_into_lead_id', prefix='merge_hop') }}

rooted as (

    select
        leads.lead_id,
        merge_hop_6.pointer as root_lead_id,
        case
            when merge_hop_6.pointer is null then 'unknown_merge_target'
            when roots.merged_into_lead_id is not null then 'merge_cycle'
            when roots.is_deleted then 'deleted'
        end as excluded_as
    from leads
    inner join merge_hop_6
        on leads.lead_id = merge_hop_6.id
    left join leads as roots
        on merge_hop_6.pointer = roots.lead_id

),

live_roots as (

    select
        leads.lead_id,
        leads.email,
        leads.created_at,
        accounts.account_id is not null as has_crm_account
    from leads
    inner join rooted
        on leads.lead_id = rooted.lead_id
    left join accounts
        on leads.crm_account_id = accounts.account_id
    where rooted.excluded_as is null
        and rooted.root_lead_id = leads.lead_id

),

email_survivors as (

    select
        lead_id,
        case
            when email is null then lead_id
            else first_value(lead_id) over (
                    partition by email
                    order by
                        case when has_crm_account then 0 else 1 end,
                        created_at,
                        lead_id
                    rows between unbounded preceding and unbounded following
                )
        end as person_id
    from live_roots

),

final as (

    select
        rooted.lead_id,
        rooted.root_lead_id,
        email_survivors.person_id,
        case
            when rooted.excluded_as is not null then rooted.excluded_as
            when rooted.lead_id = email_survivors.person_id then 'survivor'
            when rooted.lead_id <> rooted.root_lead_id then 'merged'
            else 'email_duplicate'
        end as resolution
    from rooted
    left join email_survivors
        on rooted.root_lead_id = email_survivors.lead_id
            and rooted.excluded_as is null

)

select * from final
