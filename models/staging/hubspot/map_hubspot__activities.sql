{#-
    HubSpot form submissions and marketing email events as activities in the raw contract's
    shape (text columns). A form's type comes from its name through the seed
    hubspot_form_activity_types, else var hubspot_default_form_activity_type. Email events:
    OPEN is email_open, CLICK email_click, a STATUSCHANGE to unsubscribed is unsubscribe; other
    event types (sent, delivered, bounces) are not behaviour. An email event names its recipient
    by address: the contact with that email (the lowest id when several, deleted ones included, so
    a deleted person's events are rejected with them) is the person; with no such contact the
    event is anonymous engagement of the recipient's email domain.
-#}
with submissions as (

    select * from {{ ref('src_hubspot__contact_form_submission') }}

),

forms as (

    select * from {{ ref('src_hubspot__form') }}

),

form_types as (

    select
        form_name,
        activity_type
    from {{ ref('hubspot_form_activity_types') }}

),

email_events as (

    select * from {{ ref('src_hubspot__email_event') }}

),

status_changes as (

    select * from {{ ref('src_hubspot__email_event_status_change') }}

),

contacts as (

    select * from {{ ref('src_hubspot__contact') }}

),

contact_by_email as (

    select
        lower(trim(property_email)) as email,
        min(id) as contact_id
    from contacts
    where property_email is not null
    group by lower(trim(property_email))

),

form_activities as (

    select
        'form:' || coalesce(
            submissions.conversion_id,
            submissions.contact_id || ':' || submissions.form_id || ':' || submissions.submitted_at
        ) as activity_id,
        submissions.contact_id as lead_id,
        cast(null as {{ dbt.type_string() }}) as account_domain,
        coalesce(form_types.activity_type, '{{ var("hubspot_default_form_activity_type") }}') as activity_type,
        submissions.submitted_at as occurred_at,
        'form' as channel,
        forms.name as campaign,
        submissions.page_url as detail
    from submissions
    left join forms
        on submissions.form_id = forms.guid
    left join form_types
        on lower(trim(forms.name)) = form_types.form_name

),

email_activities as (

    select
        'email_event:' || email_events.id as activity_id,
        contact_by_email.contact_id as lead_id,
        case
            when contact_by_email.contact_id is null
                then {{ dbt.split_part('lower(trim(email_events.recipient))', "'@'", 2) }}
        end as account_domain,
        case upper(email_events.event_type)
            when 'OPEN' then 'email_open'
            when 'CLICK' then 'email_click'
            else 'unsubscribe'
        end as activity_type,
        email_events.created as occurred_at,
        'email' as channel,
        email_events.email_campaign_id as campaign,
        lower(email_events.event_type) as detail
    from email_events
    left join status_changes
        on email_events.id = status_changes.id
    left join contact_by_email
        on lower(trim(email_events.recipient)) = contact_by_email.email
    where
        upper(email_events.event_type) in ('OPEN', 'CLICK')
        or (
            upper(email_events.event_type) = 'STATUSCHANGE'
            and upper(status_changes.portal_subscription_status) = 'UNSUBSCRIBED'
        )

),

final as (

    select * from form_activities
    union all
    select * from email_activities

)

select {{ raw_contract_as_text('activities') }}
from final
