//! API for managing UI Metadata. Use this API to manage metadata about your User Interface.
//! For example you can set the iFrameWhitelist parameter to permit another domain to encapsulate IDN within an iframe or set the usernameEmptyText to change the placeholder text for Username on your tenant's login screen.

use crate::models;

/// The UI Metadata operations: get them from [`Client::ui_metadata`](crate::Client::ui_metadata).
#[derive(Debug, Clone, Copy)]
pub struct UiMetadataApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The UI Metadata operations.
    #[inline]
    pub fn ui_metadata(&self) -> UiMetadataApi<'_> {
        UiMetadataApi { client: self }
    }
}

impl<'a> UiMetadataApi<'a> {
    /// Get a tenant ui metadata
    ///
    /// This API endpoint retrieves UI metadata configured for your tenant.
    ///
    /// `GET /ui-metadata/v1/tenant` (`getTenantUiMetadataV1`)
    #[inline]
    pub fn get_tenant_ui_metadata_v1(&self) -> GetTenantUiMetadataV1 {
        GetTenantUiMetadataV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Update tenant ui metadata
    ///
    /// This API endpoint updates UI metadata for your tenant. These changes may require up to 5 minutes to take effect on the UI.
    ///
    /// `PUT /ui-metadata/v1/tenant` (`setTenantUiMetadataV1`)
    #[inline]
    pub fn set_tenant_ui_metadata_v1(
        &self,
        tenantuimetadataitemupdaterequest: models::Tenantuimetadataitemupdaterequest,
    ) -> SetTenantUiMetadataV1 {
        SetTenantUiMetadataV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            tenantuimetadataitemupdaterequest,
        }
    }
}

/// The error statuses of [`UiMetadataApi::get_tenant_ui_metadata_v1`](UiMetadataApi::get_tenant_ui_metadata_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetTenantUiMetadataV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`UiMetadataApi::get_tenant_ui_metadata_v1`](UiMetadataApi::get_tenant_ui_metadata_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTenantUiMetadataV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetTenantUiMetadataV1 {
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

    /// Sends the request: `GET /ui-metadata/v1/tenant`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Tenantuimetadataitemresponse,
            crate::SdkError<GetTenantUiMetadataV1Error>,
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
            crate::Response<models::Tenantuimetadataitemresponse>,
            crate::SdkError<GetTenantUiMetadataV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getTenantUiMetadataV1",
            self.options,
            move |client| {
                let path = "/ui-metadata/v1/tenant";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`UiMetadataApi::set_tenant_ui_metadata_v1`](UiMetadataApi::set_tenant_ui_metadata_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type SetTenantUiMetadataV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`UiMetadataApi::set_tenant_ui_metadata_v1`](UiMetadataApi::set_tenant_ui_metadata_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetTenantUiMetadataV1 {
    client: crate::Client,
    options: crate::request::Options,
    tenantuimetadataitemupdaterequest: models::Tenantuimetadataitemupdaterequest,
}

impl SetTenantUiMetadataV1 {
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

    /// Sends the request: `PUT /ui-metadata/v1/tenant`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Tenantuimetadataitemresponse,
            crate::SdkError<SetTenantUiMetadataV1Error>,
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
            crate::Response<models::Tenantuimetadataitemresponse>,
            crate::SdkError<SetTenantUiMetadataV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setTenantUiMetadataV1",
            self.options,
            move |client| {
                let path = "/ui-metadata/v1/tenant";
                let mut request = client.request(reqwest::Method::PUT, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.tenantuimetadataitemupdaterequest;
                    request = crate::request::with_json(
                        "setTenantUiMetadataV1",
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
