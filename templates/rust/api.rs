{%- import "rust/error_enum.rs" as errors -%}
{#- A statement run with `value` bound to the builder's field: always when required, else when set. -#}
{%- macro with_value(field) -%}
{%- if field.required -%}
{ let value = &self.{{ field.name }}; {{ caller() }} }
{%- else -%}
if let Some(value) = &self.{{ field.name }} { {{ caller() }} }
{%- endif -%}
{%- endmacro -%}
{% for line in doc %}
//! {{ line }}
{% endfor %}

{% if uses_models %}
use crate::models;
{% endif %}

/// The {{ tag }} operations: get them from [`Client::{{ accessor }}`](crate::Client::{{ accessor }}).
#[derive(Debug, Clone, Copy)]
pub struct {{ api_name }}<'a> {
    client: &'a crate::Client,
}

{#- Every method here is `#[inline]`, which also means the crate compiles it only where it is
    called: a program pays in build time for the operations it uses, not for all of them. #}
impl crate::Client {
    /// The {{ tag }} operations.
    #[inline]
    pub fn {{ accessor }}(&self) -> {{ api_name }}<'_> {
        {{ api_name }} { client: self }
    }
}

impl<'a> {{ api_name }}<'a> {
{% for op in operations %}
    {% for line in op.doc %}
    /// {{ line }}
    {% endfor %}
    {% if op.deprecated %}
    #[deprecated(note = "deprecated in the spec")]
    {% endif %}
    {% if op.args.len() > 7 %}
    #[allow(clippy::too_many_arguments)]
    {% endif %}
    #[inline]
    pub fn {{ op.method }}(&self, {% for arg in op.args %}{{ arg.name }}: {{ arg.ty }}, {% endfor %}) -> {{ op.builder }} {
        {{ op.builder }} {
            client: self.client.clone(),
            options: crate::request::Options::{% if op.anonymous %}anonymous{% else %}default{% endif %}(),
        {% if op.uploads_file %}
            upload: crate::request::Upload::default(),
        {% endif %}
        {% for field in op.fields %}
            {% if field.init == field.name %}{{ field.name }}{% else %}{{ field.name }}: {{ field.init }}{% endif %},
        {% endfor %}
        }
    }
{% endfor %}
}
{% for op in operations %}

{% match op.error %}
{% when OperationErrorView::Own with (own) %}
{% call errors::error_enum(own) %}{% endcall %}
{% when OperationErrorView::Shared with { doc, shared } %}
{% for line in doc %}
/// {{ line }}
{% endfor %}
pub type {{ op.error_name }} = crate::apis::errors::{{ shared }};
{% endmatch %}

/// The request of [`{{ api_name }}::{{ op.method_bare }}`]({{ api_name }}::{{ op.method_bare }}): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct {{ op.builder }} {
    client: crate::Client,
    options: crate::request::Options,
{% if op.uploads_file %}
    upload: crate::request::Upload,
{% endif %}
{% for field in op.fields %}
    {{ field.name }}: {{ field.ty }},
{% endfor %}
}

impl {{ op.builder }} {
{% for setter in op.setters %}
    {% for line in setter.doc %}
    /// {{ line }}
    {% endfor %}
    #[inline]
    pub fn {{ setter.name }}(mut self, {{ setter.name }}: {{ setter.ty }}) -> Self {
        self.{{ setter.name }} = Some({{ setter.value }});
        self
    }
{% endfor %}

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }
{% if op.uploads_file %}

    /// The file name the upload is sent with (`roles.csv`), in place of its part's name.
    #[inline]
    pub fn file_name(mut self, file_name: impl Into<String>) -> Self {
        self.upload.file_name = Some(file_name.into());
        self
    }

    /// The content type the upload is sent with (`text/csv`), in place of
    /// `application/octet-stream`.
    #[inline]
    pub fn file_content_type(mut self, content_type: impl Into<String>) -> Self {
        self.upload.content_type = Some(content_type.into());
        self
    }
{% endif %}
{% match op.paged %}
{% when Some with (paged) %}

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages{% if paged.count.is_some() %} from the total the first page counts{% endif %} and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `{{ op.http_method }} {{ op.path }}`; returns one page.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<{{ op.output }}, crate::SdkError<{{ op.error_name }}>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(self) -> impl Future<Output = Result<crate::Page<{{ paged.item }}>, crate::SdkError<{{ op.error_name }}>>> {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items ({{ paged.page_size }} if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow{% if paged.count.is_some() %}, planned from the total the first page counts{% endif %}; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(self) -> impl futures_util::Stream<Item = Result<{{ paged.item }}, crate::SdkError<{{ op.error_name }}>>> {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or({{ paged.page_size }}, i64::from),
            counts: {{ paged.count.is_some() }},
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(self, paging, listing, |mut request: Self, offset, limit, {% if paged.count.is_some() %}count{% else %}_{% endif %}| {
            request.offset = Some({{ paged.to_offset }});
            request.limit = Some({{ paged.to_limit }});
{% if let Some(count) = paged.count %}
            if count {
                request.{{ count }} = Some(true);
            }
{% endif %}
            request.send_page()
        })
    }
{% if let Some(search) = paged.search_after %}

    /// Every hit of the search, fetched as the stream is read, in pages of `limit`
    /// ({{ paged.page_size }} if not set) up to [`max_items`](Self::max_items): each page is
    /// asked for after the last hit's sort values (`searchAfter`), not at an offset, so the
    /// stream goes past the 10,000 hits offset paging stops at. `id` is added to the search's
    /// sort as a tie-breaker, so hits sharing a sort value are neither skipped nor repeated.
    /// A hit without a value for a sort field ends the stream with an error.
    #[inline]
    pub fn hits(mut self) -> impl futures_util::Stream<Item = Result<{{ paged.item }}, crate::SdkError<{{ op.error_name }}>>> {
        let page_size = self.limit.map_or({{ paged.page_size }}, i64::from);
        let max_items = self.listing.max_items;
        let sort = crate::search_after::sort_with_tie_breaker(self.{{ search.body }}.{{ search.sort }}.take());
        self.{{ search.body }}.{{ search.sort }} = Some(sort.clone());
        self.offset = None;
        crate::search_after::hits(self, sort, page_size, max_items, |mut request: Self, after, limit| {
            request.{{ search.body }}.{{ search.search_after }} = after;
            request.limit = Some({{ paged.to_limit }});
            request.send()
        })
    }
{% endif %}
{% when None %}

    /// Sends the request: `{{ op.http_method }} {{ op.path }}`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<{{ op.output }}, crate::SdkError<{{ op.error_name }}>>> {
        crate::request::body(self.send_with_metadata())
    }
{% endmatch %}

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(self) -> impl Future<Output = Result<crate::Response<{{ op.output }}>, crate::SdkError<{{ op.error_name }}>>> {
        crate::request::{{ op.decode.function() }}(self.call())
    }

{% if op.downloads_file %}
    /// Sends the request, as [`send`](Self::send), and returns the file as a stream of chunks
    /// as they arrive rather than buffered whole: for large downloads.
    #[inline]
    pub fn send_streaming(self) -> impl Future<Output = Result<crate::Response<crate::ByteStream>, crate::SdkError<{{ op.error_name }}>>> {
        crate::request::streaming(self.call())
    }

{% endif %}
    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(self.client.api, {{ op.operation_id|fmt("{:?}") }}, self.options, move |client| {
        {% if op.request.path_is_built() %}
            let path = [{% for piece in op.request.path %}{% match piece %}{% when PathPiece::Literal with (text) %}{{ text|fmt("{:?}") }}{% when PathPiece::Param with (value) %}&crate::request::path_segment({{ value }}){% endmatch %}{% if !loop.last %}, {% endif %}{% endfor %}].concat();
            let {% if op.request.is_added_to() %}mut {% endif %}request = client.request(reqwest::Method::{{ op.http_method }}, &path);
        {% else %}
            let path = {{ op.path|fmt("{:?}") }};
            let {% if op.request.is_added_to() %}mut {% endif %}request = client.request(reqwest::Method::{{ op.http_method }}, path);
        {% endif %}
        {% if !op.request.query.is_empty() %}
            let mut query: Vec<(&str, String)> = Vec::new();
            {% for param in op.request.query %}
            {% call with_value(param.field) %}
                {% match param.value %}
                {% when QueryValue::Single with (text) %}
                query.push(({{ param.wire_name|fmt("{:?}") }}, {{ text }}));
                {% when QueryValue::EachItem with (text) %}
                for item in value { query.push(({{ param.wire_name|fmt("{:?}") }}, {{ text }})); }
                {% when QueryValue::JoinedStrings %}
                query.push(({{ param.wire_name|fmt("{:?}") }}, value.join(",")));
                {% when QueryValue::JoinedItems with (text) %}
                query.push(({{ param.wire_name|fmt("{:?}") }}, value.iter().map(|item| {{ text }}).collect::<Vec<_>>().join(",")));
                {% endmatch %}
            {% endcall %}
            {% endfor %}
            request = request.query(&query);
        {% endif %}
        {% for header in op.request.headers %}
            {% match header.value %}
            {% when HeaderValue::Fixed with (fixed) %}
            request = request.header({{ header.wire_name|fmt("{:?}") }}, {{ fixed|fmt("{:?}") }});
            {% when HeaderValue::Field with { field, text } %}
            {% call with_value(field) %}
                request = request.header({{ header.wire_name|fmt("{:?}") }}, {{ text }});
            {% endcall %}
            {% endmatch %}
        {% endfor %}
        {% if let Some(accept) = op.request.accept %}
            request = request.header(reqwest::header::ACCEPT, {{ accept|fmt("{:?}") }});
        {% endif %}
        {% if let Some(body) = op.request.body %}
            {% call with_value(body.field) %}
                {% match body.encoding %}
                {% when BodyEncoding::Json with { media_type } %}
                request = crate::request::with_json({{ op.operation_id|fmt("{:?}") }}, request, {{ media_type|fmt("{:?}") }}, &value)?;
                {% when BodyEncoding::Form %}
                request = request.form(&value);
                {% when BodyEncoding::Multipart with (form) %}
                request = request.multipart(
                {% match form %}
                {% when MultipartForm::Whole %}
                    reqwest::multipart::Form::new().text("body", serde_json::to_string(&value).unwrap_or_default())
                {% when MultipartForm::Parts with (parts) %}
                    { let mut form = reqwest::multipart::Form::new();
                    {% for part in parts %}
                        {% if part.optional %}
                        if let Some(part) = &value.{{ part.field }} {
                        {% else %}
                        { let part = &value.{{ part.field }};
                        {% endif %}
                        form = form.part({{ part.json_name|fmt("{:?}") }},
                        {% match part.content %}
                        {% when PartContent::File %}crate::request::file_part(part.clone(), {{ part.json_name|fmt("{:?}") }}, &self.upload)?
                        {% when PartContent::Text %}crate::request::text_part(part.clone())
                        {% when PartContent::Json %}crate::request::json_part(serde_json::to_string(part).unwrap_or_default())
                        {% when PartContent::TextOf with (text) %}crate::request::text_part({{ text }})
                        {% endmatch %});
                        }
                    {% endfor %}
                    form }
                {% endmatch %});
                {% when BodyEncoding::Raw with { media_type } %}
                request = request.header(reqwest::header::CONTENT_TYPE, {{ media_type|fmt("{:?}") }}).body(value.clone());
                {% endmatch %}
            {% endcall %}
        {% endif %}
            Ok(request)
        })
    }
}
{% endfor %}
