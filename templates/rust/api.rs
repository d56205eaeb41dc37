{% for line in doc %}
//! {{ line }}
{% endfor %}

use crate::models;

/// The {{ tag }} operations: get them from [`Client::{{ accessor }}`](crate::Client::{{ accessor }}).
#[derive(Debug, Clone, Copy)]
pub struct {{ api_name }}<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The {{ tag }} operations.
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
    pub fn {{ op.method }}(&self, {% for arg in op.args %}{{ arg.name }}: {{ arg.ty }}, {% endfor %}) -> {{ op.builder }} {
        {{ op.builder }} {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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

/// The error statuses of [`{{ api_name }}::{{ op.method_bare }}`]({{ api_name }}::{{ op.method_bare }}), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum {{ op.error }} {
{% for variant in op.error_variants %}
    /// {{ variant.doc }}
    {% match variant.payload %}{% when Some with (payload) %}{{ variant.name }}({{ payload }}),{% when None %}{{ variant.name }},{% endmatch %}
{% endfor %}
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for {{ op.error }} {
    {% if op.error_variants.is_empty() %}
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        Ok({{ op.error }}::Other)
    }
    {% else %}
    fn decode(status: u16, {% if op.error_has_payload %}body{% else %}_body{% endif %}: &[u8]) -> Result<Self, crate::DecodeFailure> {
        {% if op.error_has_payload %}
        let empty = body.trim_ascii().is_empty();
        {% endif %}
        Ok(match status {
        {% for variant in op.error_variants %}
            {% match variant.payload %}
            {% when Some with (payload) %}
            {{ variant.pattern }} if !empty => {{ op.error }}::{{ variant.name }}(crate::request::decode_body(body)?),
            {% when None %}
            {{ variant.pattern }} => {{ op.error }}::{{ variant.name }},
            {% endmatch %}
        {% endfor %}
            _ => {{ op.error }}::Other,
        })
    }
    {% endif %}

    fn undeclared() -> Self {
        {{ op.error }}::Other
    }
}

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
    pub fn {{ setter.name }}(mut self, {{ setter.name }}: {{ setter.ty }}) -> Self {
        self.{{ setter.name }} = Some({{ setter.value }});
        self
    }
{% endfor %}

    /// Each attempt's timeout, in place of the configured one.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }
{% if op.uploads_file %}

    /// The file name the upload is sent with (`roles.csv`), in place of its part's name.
    pub fn file_name(mut self, file_name: impl Into<String>) -> Self {
        self.upload.file_name = Some(file_name.into());
        self
    }

    /// The content type the upload is sent with (`text/csv`), in place of
    /// `application/octet-stream`.
    pub fn file_content_type(mut self, content_type: impl Into<String>) -> Self {
        self.upload.content_type = Some(content_type.into());
        self
    }
{% endif %}
{% match op.paged %}
{% when Some with (paged) %}

    /// The most items [`items`](Self::items) yields, over all pages.
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.max_items = Some(max_items);
        self
    }

    /// Sends the request: `{{ op.http_method }} {{ op.path }}`; returns one page.
    pub async fn send(self) -> Result<{{ op.output }}, crate::SdkError<{{ op.error }}>> {
        self.send_with_metadata().await.map(crate::Response::into_body)
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    pub async fn send_page(self) -> Result<crate::Page<{{ paged.item }}>, crate::SdkError<{{ op.error }}>> {
        let response = self.response().await?;
        let total = crate::pagination::total_count(response.headers());
        let items = crate::request::json("{{ paged.operation_id }}", response).await?;
        Ok(crate::Page { items, total })
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items ({{ paged.page_size }} if not set), up to [`max_items`](Self::max_items).
    pub fn items(self) -> impl futures_util::Stream<Item = Result<{{ paged.item }}, crate::SdkError<{{ op.error }}>>> + Send + 'static {
        let offset = self.offset.map_or(0, i64::from);
        let page_size = self.limit.map_or({{ paged.page_size }}, i64::from);
        let max_items = self.max_items;
        crate::pagination::items(self, offset, page_size, max_items, |mut request: Self, offset, limit| {
            request.offset = Some({{ paged.to_offset }});
            request.limit = Some({{ paged.to_limit }});
            request.send()
        })
    }
{% when None %}

    /// Sends the request: `{{ op.http_method }} {{ op.path }}`.
    pub async fn send(self) -> Result<{{ op.output }}, crate::SdkError<{{ op.error }}>> {
        self.send_with_metadata().await.map(crate::Response::into_body)
    }
{% endmatch %}

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    pub async fn send_with_metadata(self) -> Result<crate::Response<{{ op.output }}>, crate::SdkError<{{ op.error }}>> {
        // Decoding needs none of the headers: they are moved out, not copied.
        let mut response = self.response().await?;
        let (status, headers) = (response.status().as_u16(), std::mem::take(response.headers_mut()));
        Ok(crate::Response { status, headers, body: {{ op.decode }}? })
    }

{% if op.downloads_file %}
    /// Sends the request, as [`send`](Self::send), and returns the file as a stream of chunks
    /// as they arrive rather than buffered whole: for large downloads.
    pub async fn send_streaming(self) -> Result<crate::Response<crate::ByteStream>, crate::SdkError<{{ op.error }}>> {
        let response = self.response().await?;
        Ok(crate::request::streaming("{{ op.operation_id }}", response))
    }

{% endif %}
    async fn response(&self) -> Result<reqwest::Response, crate::SdkError<{{ op.error }}>> {
        self.client.execute::<{{ op.error }}>("{{ op.operation_id }}", &self.options, || {
        {% for statement in op.send %}
            {{ statement }}
        {% endfor %}
            Ok(request)
        }).await
    }
}
{% endfor %}
