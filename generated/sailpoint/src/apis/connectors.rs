//! Use this API to implement connector functionality.
//! With this functionality in place, administrators can view available connectors.
//!
//! Connectors are the bridges Identity Security Cloud uses to communicate with and aggregate data from sources.
//! For example, if it is necessary to set up a connection between Identity Security Cloud and the Active Directory source, a connector can bridge the two and enable Identity Security Cloud to synchronize data between the systems.
//! This ensures account entitlements and states are correct throughout the organization.
//!
//! In Identity Security Cloud, administrators can use the Connections drop-down menu and select Sources to view the available source connectors.
//!
//! Refer to [Identity Security Cloud Connectors](https://documentation.sailpoint.com/connectors/identitynow/landingpages/help/landingpages/identitynow_connectivity_landing.html) for more information about the connectors available in Identity Security Cloud.
//!
//! Refer to [SaaS Connectivity](https://developer.sailpoint.com/docs/connectivity/saas-connectivity/) for more information about the SaaS custom connectors that do not need VAs (virtual appliances) to communicate with their sources.
//!
//! Refer to [Managing Sources](https://documentation.sailpoint.com/saas/help/sources/index.html) for more information about using connectors in Identity Security Cloud.

use crate::models;

/// The Connectors operations: get them from [`Client::connectors`](crate::Client::connectors).
#[derive(Debug, Clone, Copy)]
pub struct ConnectorsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Connectors operations.
    #[inline]
    pub fn connectors(&self) -> ConnectorsApi<'_> {
        ConnectorsApi { client: self }
    }
}

impl<'a> ConnectorsApi<'a> {
    /// Get connector by script name
    ///
    /// Fetches a connector that using its script name.
    ///
    /// `GET /connectors/v1/{scriptName}` (`getConnectorV1`)
    #[inline]
    pub fn get_connector_v1(&self, script_name: impl Into<String>) -> GetConnectorV1 {
        GetConnectorV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            script_name: script_name.into(),
            locale: None,
        }
    }

    /// Delete connector by script name
    ///
    /// Delete a custom connector that using its script name.
    ///
    /// `DELETE /connectors/v1/{scriptName}` (`deleteCustomConnectorV1`)
    #[inline]
    pub fn delete_custom_connector_v1(
        &self,
        script_name: impl Into<String>,
    ) -> DeleteCustomConnectorV1 {
        DeleteCustomConnectorV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            script_name: script_name.into(),
        }
    }

    /// Update connector by script name
    ///
    /// This API updates a custom connector by script name using [JSON Patch](https://tools.ietf.org/html/rfc6902) syntax.
    ///
    /// The following fields are patchable:
    ///
    ///
    /// * connectorMetadata
    ///
    /// * applicationXml
    ///
    /// * correlationConfigXml
    ///
    /// * sourceConfigXml
    ///
    /// `PATCH /connectors/v1/{scriptName}` (`updateConnectorV1`)
    #[inline]
    pub fn update_connector_v1(
        &self,
        script_name: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> UpdateConnectorV1 {
        UpdateConnectorV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            script_name: script_name.into(),
            jsonpatchoperation,
        }
    }

    /// Get connector list
    ///
    /// Fetches list of connectors that have 'RELEASED' status using filtering and pagination.
    ///
    /// `GET /connectors/v1` (`getConnectorListV1`)
    #[inline]
    pub fn get_connector_list_v1(&self) -> GetConnectorListV1 {
        GetConnectorListV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            filters: None,
            limit: None,
            offset: None,
            count: None,
            locale: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create custom connector
    ///
    /// Create custom connector.
    ///
    /// `POST /connectors/v1` (`createCustomConnectorV1`)
    #[inline]
    pub fn create_custom_connector_v1(
        &self,
        v3createconnectordto: models::V3createconnectordto,
    ) -> CreateCustomConnectorV1 {
        CreateCustomConnectorV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            v3createconnectordto,
        }
    }

    /// Get connector source configuration
    ///
    /// Fetches a connector's source config using its script name.
    ///
    /// `GET /connectors/v1/{scriptName}/source-config` (`getConnectorSourceConfigV1`)
    #[inline]
    pub fn get_connector_source_config_v1(
        &self,
        script_name: impl Into<String>,
    ) -> GetConnectorSourceConfigV1 {
        GetConnectorSourceConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            script_name: script_name.into(),
        }
    }

    /// Update connector source configuration
    ///
    /// Update a connector's source config using its script name.
    ///
    /// `PUT /connectors/v1/{scriptName}/source-config` (`putConnectorSourceConfigV1`)
    #[inline]
    pub fn put_connector_source_config_v1(
        &self,
        script_name: impl Into<String>,
        put_connector_source_config_v1_request: models::PutConnectorSourceConfigV1Request,
    ) -> PutConnectorSourceConfigV1 {
        PutConnectorSourceConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            script_name: script_name.into(),
            put_connector_source_config_v1_request,
        }
    }

    /// Get connector translations
    ///
    /// Fetches a connector's translations using its script name.
    ///
    /// `GET /connectors/v1/{scriptName}/translations/{locale}` (`getConnectorTranslationsV1`)
    #[inline]
    pub fn get_connector_translations_v1(
        &self,
        script_name: impl Into<String>,
        locale: models::GetConnectorTranslationsV1Locale,
    ) -> GetConnectorTranslationsV1 {
        GetConnectorTranslationsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            script_name: script_name.into(),
            locale,
        }
    }

    /// Update connector translations
    ///
    /// Update a connector's translations using its script name.
    ///
    /// `PUT /connectors/v1/{scriptName}/translations/{locale}` (`putConnectorTranslationsV1`)
    #[inline]
    pub fn put_connector_translations_v1(
        &self,
        script_name: impl Into<String>,
        locale: models::PutConnectorTranslationsV1Locale,
        body: serde_json::Map<String, serde_json::Value>,
    ) -> PutConnectorTranslationsV1 {
        PutConnectorTranslationsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            script_name: script_name.into(),
            locale,
            body,
        }
    }

    /// Get connector source template
    ///
    /// Fetches a connector's source template using its script name.
    ///
    /// `GET /connectors/v1/{scriptName}/source-template` (`getConnectorSourceTemplateV1`)
    #[inline]
    pub fn get_connector_source_template_v1(
        &self,
        script_name: impl Into<String>,
    ) -> GetConnectorSourceTemplateV1 {
        GetConnectorSourceTemplateV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            script_name: script_name.into(),
        }
    }

    /// Update connector source template
    ///
    /// Update a connector's source template using its script name.
    ///
    /// `PUT /connectors/v1/{scriptName}/source-template` (`putConnectorSourceTemplateV1`)
    #[inline]
    pub fn put_connector_source_template_v1(
        &self,
        script_name: impl Into<String>,
        put_connector_source_template_v1_request: models::PutConnectorSourceTemplateV1Request,
    ) -> PutConnectorSourceTemplateV1 {
        PutConnectorSourceTemplateV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            script_name: script_name.into(),
            put_connector_source_template_v1_request,
        }
    }

    /// Get connector correlation configuration
    ///
    /// Fetches a connector's correlation config using its script name.
    ///
    /// `GET /connectors/v1/{scriptName}/correlation-config` (`getConnectorCorrelationConfigV1`)
    #[inline]
    pub fn get_connector_correlation_config_v1(
        &self,
        script_name: impl Into<String>,
    ) -> GetConnectorCorrelationConfigV1 {
        GetConnectorCorrelationConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            script_name: script_name.into(),
        }
    }

    /// Update connector correlation configuration
    ///
    /// Update a connector's correlation config using its script name.
    ///
    /// `PUT /connectors/v1/{scriptName}/correlation-config` (`putConnectorCorrelationConfigV1`)
    #[inline]
    pub fn put_connector_correlation_config_v1(
        &self,
        script_name: impl Into<String>,
        put_connector_correlation_config_v1_request: models::PutConnectorCorrelationConfigV1Request,
    ) -> PutConnectorCorrelationConfigV1 {
        PutConnectorCorrelationConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            script_name: script_name.into(),
            put_connector_correlation_config_v1_request,
        }
    }
}

/// The error statuses of [`ConnectorsApi::get_connector_v1`](ConnectorsApi::get_connector_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetConnectorV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConnectorsApi::get_connector_v1`](ConnectorsApi::get_connector_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetConnectorV1 {
    client: crate::Client,
    options: crate::request::Options,
    script_name: String,
    locale: Option<models::GetConnectorV1Locale>,
}

impl GetConnectorV1 {
    /// The locale to apply to the config. If no viable locale is given, it will default to "en"
    #[inline]
    pub fn locale(mut self, locale: models::GetConnectorV1Locale) -> Self {
        self.locale = Some(locale);
        self
    }

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

    /// Sends the request: `GET /connectors/v1/{scriptName}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Connectordetail, crate::SdkError<GetConnectorV1Error>>,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::Connectordetail>,
            crate::SdkError<GetConnectorV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getConnectorV1",
            self.options,
            move |client| {
                let path = [
                    "/connectors/v1/",
                    &crate::request::path_segment(&self.script_name),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.locale {
                    query.push(("locale", value.as_str().to_owned()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConnectorsApi::delete_custom_connector_v1`](ConnectorsApi::delete_custom_connector_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteCustomConnectorV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConnectorsApi::delete_custom_connector_v1`](ConnectorsApi::delete_custom_connector_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteCustomConnectorV1 {
    client: crate::Client,
    options: crate::request::Options,
    script_name: String,
}

impl DeleteCustomConnectorV1 {
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

    /// Sends the request: `DELETE /connectors/v1/{scriptName}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteCustomConnectorV1Error>>,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<()>,
            crate::SdkError<DeleteCustomConnectorV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteCustomConnectorV1",
            self.options,
            move |client| {
                let path = [
                    "/connectors/v1/",
                    &crate::request::path_segment(&self.script_name),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConnectorsApi::update_connector_v1`](ConnectorsApi::update_connector_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateConnectorV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConnectorsApi::update_connector_v1`](ConnectorsApi::update_connector_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateConnectorV1 {
    client: crate::Client,
    options: crate::request::Options,
    script_name: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl UpdateConnectorV1 {
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

    /// Sends the request: `PATCH /connectors/v1/{scriptName}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Connectordetail, crate::SdkError<UpdateConnectorV1Error>>,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::Connectordetail>,
            crate::SdkError<UpdateConnectorV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateConnectorV1",
            self.options,
            move |client| {
                let path = [
                    "/connectors/v1/",
                    &crate::request::path_segment(&self.script_name),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "updateConnectorV1",
                        request,
                        "application/json-patch+json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConnectorsApi::get_connector_list_v1`](ConnectorsApi::get_connector_list_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetConnectorListV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConnectorsApi::get_connector_list_v1`](ConnectorsApi::get_connector_list_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetConnectorListV1 {
    client: crate::Client,
    options: crate::request::Options,
    filters: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    locale: Option<models::GetConnectorListV1Locale>,
    listing: crate::pagination::Listing,
}

impl GetConnectorListV1 {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **name**: *sw, co*
    ///
    /// **type**: *sw, co, eq*
    ///
    /// **directConnect**: *eq*
    ///
    /// **category**: *eq*
    ///
    /// **features**: *ca*
    ///
    /// **labels**: *ca*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// The locale to apply to the config. If no viable locale is given, it will default to "en"
    #[inline]
    pub fn locale(mut self, locale: models::GetConnectorListV1Locale) -> Self {
        self.locale = Some(locale);
        self
    }

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

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages from the total the first page counts and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /connectors/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::V3connectordto>,
            crate::SdkError<GetConnectorListV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Page<models::V3connectordto>,
            crate::SdkError<GetConnectorListV1Error>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow, planned from the total the first page counts; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<models::V3connectordto, crate::SdkError<GetConnectorListV1Error>>,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: true,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, count| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
                if count {
                    request.count = Some(true);
                }
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::V3connectordto>>,
            crate::SdkError<GetConnectorListV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getConnectorListV1",
            self.options,
            move |client| {
                let path = "/connectors/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                if let Some(value) = &self.locale {
                    query.push(("locale", value.as_str().to_owned()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConnectorsApi::create_custom_connector_v1`](ConnectorsApi::create_custom_connector_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateCustomConnectorV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConnectorsApi::create_custom_connector_v1`](ConnectorsApi::create_custom_connector_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateCustomConnectorV1 {
    client: crate::Client,
    options: crate::request::Options,
    v3createconnectordto: models::V3createconnectordto,
}

impl CreateCustomConnectorV1 {
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

    /// Sends the request: `POST /connectors/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::V3connectordto,
            crate::SdkError<CreateCustomConnectorV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::V3connectordto>,
            crate::SdkError<CreateCustomConnectorV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createCustomConnectorV1",
            self.options,
            move |client| {
                let path = "/connectors/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.v3createconnectordto;
                    request = crate::request::with_json(
                        "createCustomConnectorV1",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConnectorsApi::get_connector_source_config_v1`](ConnectorsApi::get_connector_source_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetConnectorSourceConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConnectorsApi::get_connector_source_config_v1`](ConnectorsApi::get_connector_source_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetConnectorSourceConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    script_name: String,
}

impl GetConnectorSourceConfigV1 {
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

    /// Sends the request: `GET /connectors/v1/{scriptName}/source-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<u8>, crate::SdkError<GetConnectorSourceConfigV1Error>>,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<u8>>,
            crate::SdkError<GetConnectorSourceConfigV1Error>,
        >,
    > {
        crate::request::bytes(self.call())
    }

    /// Sends the request, as [`send`](Self::send), and returns the file as a stream of chunks
    /// as they arrive rather than buffered whole: for large downloads.
    #[inline]
    pub fn send_streaming(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<crate::ByteStream>,
            crate::SdkError<GetConnectorSourceConfigV1Error>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getConnectorSourceConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/connectors/v1/",
                    &crate::request::path_segment(&self.script_name),
                    "/source-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/xml");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConnectorsApi::put_connector_source_config_v1`](ConnectorsApi::put_connector_source_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutConnectorSourceConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConnectorsApi::put_connector_source_config_v1`](ConnectorsApi::put_connector_source_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutConnectorSourceConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    script_name: String,
    put_connector_source_config_v1_request: models::PutConnectorSourceConfigV1Request,
}

impl PutConnectorSourceConfigV1 {
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

    /// Sends the request: `PUT /connectors/v1/{scriptName}/source-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Updatedetail,
            crate::SdkError<PutConnectorSourceConfigV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::Updatedetail>,
            crate::SdkError<PutConnectorSourceConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putConnectorSourceConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/connectors/v1/",
                    &crate::request::path_segment(&self.script_name),
                    "/source-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.put_connector_source_config_v1_request;
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            {
                                let part = &value.file;
                                form = form
                                    .part(
                                        "file",
                                        crate::request::file_part(
                                            part.clone(),
                                            "file",
                                            &self.upload,
                                        )?,
                                    );
                            }
                            form
                        });
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConnectorsApi::get_connector_translations_v1`](ConnectorsApi::get_connector_translations_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetConnectorTranslationsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConnectorsApi::get_connector_translations_v1`](ConnectorsApi::get_connector_translations_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetConnectorTranslationsV1 {
    client: crate::Client,
    options: crate::request::Options,
    script_name: String,
    locale: models::GetConnectorTranslationsV1Locale,
}

impl GetConnectorTranslationsV1 {
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

    /// Sends the request: `GET /connectors/v1/{scriptName}/translations/{locale}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<u8>, crate::SdkError<GetConnectorTranslationsV1Error>>,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<u8>>,
            crate::SdkError<GetConnectorTranslationsV1Error>,
        >,
    > {
        crate::request::bytes(self.call())
    }

    /// Sends the request, as [`send`](Self::send), and returns the file as a stream of chunks
    /// as they arrive rather than buffered whole: for large downloads.
    #[inline]
    pub fn send_streaming(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<crate::ByteStream>,
            crate::SdkError<GetConnectorTranslationsV1Error>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getConnectorTranslationsV1",
            self.options,
            move |client| {
                let path = [
                    "/connectors/v1/",
                    &crate::request::path_segment(&self.script_name),
                    "/translations/",
                    &crate::request::path_segment(self.locale.as_str()),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "text/plain");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConnectorsApi::put_connector_translations_v1`](ConnectorsApi::put_connector_translations_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutConnectorTranslationsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConnectorsApi::put_connector_translations_v1`](ConnectorsApi::put_connector_translations_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutConnectorTranslationsV1 {
    client: crate::Client,
    options: crate::request::Options,
    script_name: String,
    locale: models::PutConnectorTranslationsV1Locale,
    body: serde_json::Map<String, serde_json::Value>,
}

impl PutConnectorTranslationsV1 {
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

    /// Sends the request: `PUT /connectors/v1/{scriptName}/translations/{locale}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Updatedetail,
            crate::SdkError<PutConnectorTranslationsV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::Updatedetail>,
            crate::SdkError<PutConnectorTranslationsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putConnectorTranslationsV1",
            self.options,
            move |client| {
                let path = [
                    "/connectors/v1/",
                    &crate::request::path_segment(&self.script_name),
                    "/translations/",
                    &crate::request::path_segment(self.locale.as_str()),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.body;
                    request = request
                        .multipart(
                            reqwest::multipart::Form::new()
                                .text(
                                    "body",
                                    serde_json::to_string(&value).unwrap_or_default(),
                                ),
                        );
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConnectorsApi::get_connector_source_template_v1`](ConnectorsApi::get_connector_source_template_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetConnectorSourceTemplateV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConnectorsApi::get_connector_source_template_v1`](ConnectorsApi::get_connector_source_template_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetConnectorSourceTemplateV1 {
    client: crate::Client,
    options: crate::request::Options,
    script_name: String,
}

impl GetConnectorSourceTemplateV1 {
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

    /// Sends the request: `GET /connectors/v1/{scriptName}/source-template`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<u8>, crate::SdkError<GetConnectorSourceTemplateV1Error>>,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<u8>>,
            crate::SdkError<GetConnectorSourceTemplateV1Error>,
        >,
    > {
        crate::request::bytes(self.call())
    }

    /// Sends the request, as [`send`](Self::send), and returns the file as a stream of chunks
    /// as they arrive rather than buffered whole: for large downloads.
    #[inline]
    pub fn send_streaming(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<crate::ByteStream>,
            crate::SdkError<GetConnectorSourceTemplateV1Error>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getConnectorSourceTemplateV1",
            self.options,
            move |client| {
                let path = [
                    "/connectors/v1/",
                    &crate::request::path_segment(&self.script_name),
                    "/source-template",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/xml");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConnectorsApi::put_connector_source_template_v1`](ConnectorsApi::put_connector_source_template_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutConnectorSourceTemplateV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConnectorsApi::put_connector_source_template_v1`](ConnectorsApi::put_connector_source_template_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutConnectorSourceTemplateV1 {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    script_name: String,
    put_connector_source_template_v1_request: models::PutConnectorSourceTemplateV1Request,
}

impl PutConnectorSourceTemplateV1 {
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

    /// Sends the request: `PUT /connectors/v1/{scriptName}/source-template`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Updatedetail,
            crate::SdkError<PutConnectorSourceTemplateV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::Updatedetail>,
            crate::SdkError<PutConnectorSourceTemplateV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putConnectorSourceTemplateV1",
            self.options,
            move |client| {
                let path = [
                    "/connectors/v1/",
                    &crate::request::path_segment(&self.script_name),
                    "/source-template",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.put_connector_source_template_v1_request;
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            {
                                let part = &value.file;
                                form = form
                                    .part(
                                        "file",
                                        crate::request::file_part(
                                            part.clone(),
                                            "file",
                                            &self.upload,
                                        )?,
                                    );
                            }
                            form
                        });
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConnectorsApi::get_connector_correlation_config_v1`](ConnectorsApi::get_connector_correlation_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetConnectorCorrelationConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConnectorsApi::get_connector_correlation_config_v1`](ConnectorsApi::get_connector_correlation_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetConnectorCorrelationConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    script_name: String,
}

impl GetConnectorCorrelationConfigV1 {
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

    /// Sends the request: `GET /connectors/v1/{scriptName}/correlation-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<u8>, crate::SdkError<GetConnectorCorrelationConfigV1Error>>,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<u8>>,
            crate::SdkError<GetConnectorCorrelationConfigV1Error>,
        >,
    > {
        crate::request::bytes(self.call())
    }

    /// Sends the request, as [`send`](Self::send), and returns the file as a stream of chunks
    /// as they arrive rather than buffered whole: for large downloads.
    #[inline]
    pub fn send_streaming(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<crate::ByteStream>,
            crate::SdkError<GetConnectorCorrelationConfigV1Error>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getConnectorCorrelationConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/connectors/v1/",
                    &crate::request::path_segment(&self.script_name),
                    "/correlation-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/xml");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ConnectorsApi::put_connector_correlation_config_v1`](ConnectorsApi::put_connector_correlation_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutConnectorCorrelationConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ConnectorsApi::put_connector_correlation_config_v1`](ConnectorsApi::put_connector_correlation_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutConnectorCorrelationConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    script_name: String,
    put_connector_correlation_config_v1_request: models::PutConnectorCorrelationConfigV1Request,
}

impl PutConnectorCorrelationConfigV1 {
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

    /// Sends the request: `PUT /connectors/v1/{scriptName}/correlation-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Updatedetail,
            crate::SdkError<PutConnectorCorrelationConfigV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::Updatedetail>,
            crate::SdkError<PutConnectorCorrelationConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putConnectorCorrelationConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/connectors/v1/",
                    &crate::request::path_segment(&self.script_name),
                    "/correlation-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.put_connector_correlation_config_v1_request;
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            {
                                let part = &value.file;
                                form = form
                                    .part(
                                        "file",
                                        crate::request::file_part(
                                            part.clone(),
                                            "file",
                                            &self.upload,
                                        )?,
                                    );
                            }
                            form
                        });
                }
                Ok(request)
            },
        )
    }
}
