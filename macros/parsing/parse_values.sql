{#-
    Safe parsing of loader text into typed values. Every parser returns null for a value it
    cannot read instead of failing the build (PostgreSQL has no try_cast): the text is validated
    first, then cast. Staging turns a null from an unreadable *required* value into a rejection.
-#}

{#- Blank text (empty or only spaces) counts as missing. -#}
{% macro clean_text(expr) -%}
    nullif(trim({{ expr }}), '')
{%- endmacro %}


{#-
    Timestamp text to a naive UTC timestamp.
    Accepted: YYYY-MM-DD, optionally followed by ' ' or 'T' and HH:MM[:SS[.ffffff]], optionally
    followed by a zone: Z, UTC, +HH, +HHMM or +HH:MM (or -). Naive values are taken as UTC.
    Impossible dates (2026-02-30) and times (24:00, :60) are unreadable, as is any other format.
    A zoned value is shifted to UTC by its offset: the result is the same on every engine and does
    not depend on the session time zone. Its helpers are called by package name, so a host
    project's copies of the scoring seeds can use it in their hooks (macros/seeds/seed_columns.sql).
-#}
{% macro parse_timestamp_utc(expr) -%}
    {%- set value = "trim(" ~ expr ~ ")" -%}
    {%- set time_part = "case when substr(" ~ value ~ ", 11, 1) in (' ', 'T') then "
        ~ lead_qualification.regex_extract("substr(" ~ value ~ ", 12)", "^([0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,6})?)?)")
        ~ " end" -%}
    {%- set local_text = "substr(" ~ value ~ ", 1, 10) || coalesce(' ' || " ~ time_part ~ ", '')" -%}
    {%- set zone = "upper(trim(substr(" ~ value ~ ", 11 + coalesce(1 + length(" ~ time_part ~ "), 0))))" -%}
    {%- set zone_digits = "replace(substr(" ~ zone ~ ", 2), ':', '')" -%}
    case
        when not {{ lead_qualification.regex_matches(value, "^[0-9]{4}-[0-9]{2}-[0-9]{2}([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,6})?)?)? ?(Z|z|UTC|utc|[+-][0-9]{2}(:?[0-9]{2})?)?$") }}
            then null
        when cast(substr({{ value }}, 6, 2) as integer) not between 1 and 12
            then null
        when cast(substr({{ value }}, 9, 2) as integer) < 1
            or cast(substr({{ value }}, 9, 2) as integer) > extract(day from {{ dbt.last_day("cast(substr(" ~ value ~ ", 1, 7) || '-01' as date)", "month") }})
            then null
        {#- The common shape, a valid date and 'HH:MM:SS' without a zone, is cast as it is; the
            general checks below read the time part many times (a third of the time at 1M). #}
        when {{ lead_qualification.regex_matches(value, "^[0-9]{4}-[0-9]{2}-[0-9]{2} ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$") }}
            then cast({{ value }} as {{ dbt.type_timestamp() }})
        when {{ time_part }} is not null
            and (cast(substr({{ time_part }}, 1, 2) as integer) > 23
                or cast(substr({{ time_part }}, 4, 2) as integer) > 59
                or cast(coalesce(nullif(substr({{ time_part }}, 7, 2), ''), '0') as integer) > 59)
            then null
        when {{ zone }} in ('', 'Z', 'UTC')
            then cast({{ local_text }} as {{ dbt.type_timestamp() }})
        else {{ dbt.dateadd(
            "minute",
            "(case when substr(" ~ zone ~ ", 1, 1) = '-' then 1 else -1 end) * (cast(substr("
                ~ zone_digits ~ ", 1, 2) as integer) * 60 + cast(coalesce(nullif(substr("
                ~ zone_digits ~ ", 3, 2), ''), '0') as integer))",
            "cast(" ~ local_text ~ " as " ~ dbt.type_timestamp() ~ ")") }}
    end
{%- endmacro %}


{#- Decimal text (optional sign, optional fraction; thousands separators not accepted). -#}
{% macro parse_decimal(expr, precision=18, scale=2) -%}
    case
        when {{ regex_matches("trim(" ~ expr ~ ")", "^[-+]?[0-9]{1,15}([.][0-9]+)?$") }}
            then cast(trim({{ expr }}) as decimal({{ precision }}, {{ scale }}))
    end
{%- endmacro %}


{#- Whole-number text; a decimal with a fraction is rounded half away from zero. -#}
{% macro parse_integer(expr) -%}
    cast(round({{ parse_decimal(expr, 18, 2) }}, 0) as {{ dbt.type_bigint() }})
{%- endmacro %}


{#- true/false, t/f, yes/no, y/n, 1/0 in any case; anything else is unreadable (null). -#}
{% macro parse_boolean(expr) -%}
    case
        when lower(trim({{ expr }})) in ('true', 't', 'yes', 'y', '1') then true
        when lower(trim({{ expr }})) in ('false', 'f', 'no', 'n', '0') then false
    end
{%- endmacro %}


{#-
    A web address or email domain reduced to its host: lower case, no scheme, no 'www.', no
    path, query, port or trailing dot ('https://www.Acme.com/about' -> 'acme.com').
-#}
{% macro normalize_domain(expr) -%}
    nullif(
        {{ regex_replace_all(
            regex_replace_all(
                regex_replace_all("lower(trim(" ~ expr ~ "))", "^[a-z][a-z0-9+.-]*://", ""),
                "^www[.]", ""),
            "([/?#:].*$)|([.]$)", "") }},
        '')
{%- endmacro %}


{#- Trimmed, lower-case email, or null when it is not shaped like local@domain.tld. -#}
{% macro normalize_email(expr) -%}
    case
        when {{ regex_matches("lower(trim(" ~ expr ~ "))", "^[^@ ]+@[^@ ]+[.][a-z]{2,}$") }}
            then lower(trim({{ expr }}))
    end
{%- endmacro %}


{#- An instant in the run's notion of "now": var run_time, or the invocation's start (UTC). -#}
{% macro run_time() -%}
    {%- set value = var('run_time', none) or run_started_at.strftime('%Y-%m-%d %H:%M:%S') -%}
    cast('{{ value }}' as {{ dbt.type_timestamp() }})
{%- endmacro %}


{#- The key campaigns are matched on, spend to touches: the name trimmed and lower-cased ('' is none). -#}
{% macro campaign_key(expr) -%}
    lower({{ clean_text(expr) }})
{%- endmacro %}


{#-
    The join key of the alias seeds (country_aliases, industry_aliases): the text lower-cased
    with every run of non-letters made one space, trimmed ("U.S.A." -> 'u s a',
    "COMPUTER_SOFTWARE" -> 'computer software').
-#}
{% macro alias_key(expr) -%}
    trim({{ regex_replace_all('lower(' ~ expr ~ ')', '[^a-z]+', ' ') }})
{%- endmacro %}


{#-
    Country names and common spellings to ISO 3166 alpha-2 codes (seed country_aliases, joined on
    alias_key as `aliases`). A value the seed does not know stays as it came, trimmed and
    upper-cased ("US" stays US, "Atlantis" becomes ATLANTIS): visible as an unrecognised value,
    never silently dropped.
-#}
{% macro normalize_country(expr, aliases) -%}
    coalesce({{ aliases }}.country_code, upper({{ clean_text(expr) }}))
{%- endmacro %}
