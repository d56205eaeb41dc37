//! API for reading tenant details.

use crate::models;

/// The Tenant operations: get them from [`Client::tenant`](crate::Client::tenant).
#[derive(Debug, Clone, Copy)]
pub struct TenantApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Tenant operations.
    pub fn tenant(&self) -> TenantApi<'_> {
        TenantApi { client: self }
    }
}

impl<'a> TenantApi<'a> {
    /// Get tenant information.
    ///
    /// This rest endpoint can be used to retrieve tenant details.
    ///
    /// `GET /tenant` (`getTenant`)
    pub fn get_tenant(&self) -> GetTenant {
        GetTenant {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }
}

/// The error statuses of [`TenantApi::get_tenant`](TenantApi::get_tenant), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetTenantError {
    /// 400: Client Error - Returned if the request body is invalid.
    BadRequest(models::V3ErrorResponseDto),
    /// 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(models::Error401Response),
    /// 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(models::V3ErrorResponseDto),
    /// 404: Not Found - returned if the request URL refers to a resource or object that does not exist
    NotFound(models::V3ErrorResponseDto),
    /// 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
    TooManyRequests(models::Error429Response),
    /// 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(models::V3ErrorResponseDto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetTenantError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    GetTenantError::BadRequest(crate::request::decode_body(body)?)
                }
                401 if !empty => {
                    GetTenantError::Unauthorized(crate::request::decode_body(body)?)
                }
                403 if !empty => {
                    GetTenantError::Forbidden(crate::request::decode_body(body)?)
                }
                404 if !empty => {
                    GetTenantError::NotFound(crate::request::decode_body(body)?)
                }
                429 if !empty => {
                    GetTenantError::TooManyRequests(crate::request::decode_body(body)?)
                }
                500 if !empty => {
                    GetTenantError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => GetTenantError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        GetTenantError::Other
    }
}

/// The request of [`TenantApi::get_tenant`](TenantApi::get_tenant): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTenant {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetTenant {
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

    /// Sends the request: `GET /tenant`.
    pub fn send(
        self,
    ) -> impl Future<Output = Result<models::Tenant, crate::SdkError<GetTenantError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<models::Tenant>, crate::SdkError<GetTenantError>>,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client,
            "getTenant",
            self.options,
            move |client| {
                let path = "/tenant";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
