{#-
    Salesforce campaign-member responses as activities in the raw contract's shape: the
    campaign's type and the member's status (lower-case) mapped to an activity type by the seed
    salesforce_campaign_activity_types; members whose type and status are not in the seed are
    not activities. The person is the member's contact, else its lead. occurred_at is the
    member's creation, or the first-responded date when that is a later day. Deleted members
    are left out.
-#}
with members as (

    select * from {{ ref('src_salesforce__campaign_member') }}

),

campaigns as (

    select * from {{ ref('src_salesforce__campaign') }}

),

mapping as (

    select
        campaign_type,
        member_status,
        activity_type
    from {{ ref('salesforce_campaign_activity_types') }}

),

final as (

    select
        'campaign_member:' || members.id as activity_id,
        coalesce(members.contact_id, members.lead_id) as lead_id,
        cast(null as {{ dbt.type_string() }}) as account_domain,
        mapping.activity_type,
        case
            -- The days compared as ISO text (YYYY-MM-DD), as every engine casts a date or timestamp:
            -- the general timestamp parser here made the view too long for Spark's metastore.
            when substr(members.first_responded_date, 1, 10) > substr(members.created_date, 1, 10)
                then members.first_responded_date
            else members.created_date
        end as occurred_at,
        campaigns.type as channel,
        campaigns.name as campaign,
        members.status as detail
    from members
    inner join campaigns
        on members.campaign_id = campaigns.id
    inner join mapping
        on
            lower(trim(campaigns.type)) = mapping.campaign_type
            and lower(trim(members.status)) = mapping.member_status
    where not coalesce({{ parse_boolean('members.is_deleted') }}, false)

)

select {{ raw_contract_as_text('activities') }}
from final
