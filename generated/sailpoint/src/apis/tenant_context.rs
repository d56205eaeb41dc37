//! The purpose of this API is to manage key-value pairs specific to a tenant's context, enabling dynamic configuration and personalized settings per tenant.
//! Context key-value pairs will consist of common terms and acronyms used within your organization.

use crate::models;

/// The Tenant Context operations: get them from [`Client::tenant_context`](crate::Client::tenant_context).
#[derive(Debug, Clone, Copy)]
pub struct TenantContextApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Tenant Context operations.
    #[inline]
    pub fn tenant_context(&self) -> TenantContextApi<'_> {
        TenantContextApi { client: self }
    }
}

impl<'a> TenantContextApi<'a> {
    /// Retrieve tenant context
    ///
    /// Returns all key-value pairs representing the current state of the tenant's context.
    /// Each tenant is limited to a maximum of 100 key-value pairs.
    ///
    /// `GET /tenant-context/v1` (`getTenantContextV1`)
    #[inline]
    pub fn get_tenant_context_v1(&self) -> GetTenantContextV1 {
        GetTenantContextV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Update tenant context
    ///
    /// Allows the user to make incremental updates to tenant context records using [JSON Patch](https://tools.ietf.org/html/rfc6902) syntax.
    ///
    /// This endpoint is specifically designed to modify the `/Key/*` field, supporting operations such as `add`, `remove`, or `replace` to manage key-value pairs.
    ///
    /// Note that each tenant is limited to a maximum of 100 key-value pairs.
    ///
    /// `PATCH /tenant-context/v1` (`patchTenantContextV1`)
    #[inline]
    pub fn patch_tenant_context_v1(
        &self,
        jsonpatchoperation: models::Jsonpatchoperation,
    ) -> PatchTenantContextV1 {
        PatchTenantContextV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            jsonpatchoperation,
        }
    }
}

/// The error statuses of [`TenantContextApi::get_tenant_context_v1`](TenantContextApi::get_tenant_context_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetTenantContextV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`TenantContextApi::get_tenant_context_v1`](TenantContextApi::get_tenant_context_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTenantContextV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetTenantContextV1 {
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

    /// Sends the request: `GET /tenant-context/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::GetTenantContextV1200ResponseInner>,
            crate::SdkError<GetTenantContextV1Error>,
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
            crate::Response<Vec<models::GetTenantContextV1200ResponseInner>>,
            crate::SdkError<GetTenantContextV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getTenantContextV1",
            self.options,
            move |client| {
                let path = "/tenant-context/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`TenantContextApi::patch_tenant_context_v1`](TenantContextApi::patch_tenant_context_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Bad request due to invalid input parameters.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchTenantContextV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`TenantContextApi::patch_tenant_context_v1`](TenantContextApi::patch_tenant_context_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchTenantContextV1 {
    client: crate::Client,
    options: crate::request::Options,
    jsonpatchoperation: models::Jsonpatchoperation,
}

impl PatchTenantContextV1 {
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

    /// Sends the request: `PATCH /tenant-context/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<PatchTenantContextV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<PatchTenantContextV1Error>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchTenantContextV1",
            self.options,
            move |client| {
                let path = "/tenant-context/v1";
                let mut request = client.request(reqwest::Method::PATCH, path);
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "patchTenantContextV1",
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
