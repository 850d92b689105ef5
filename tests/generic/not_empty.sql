{#-
    Fails when the table has no rows. On the raw sources it turns an empty load (a wrong
    raw_schema, a loader that has not run yet) into a named failure instead of empty marts.
-#}
{% test not_empty(model) %}

    select row_count
    from (select count(*) as row_count from {{ model }}) as counted
    where row_count = 0

{% endtest %}
