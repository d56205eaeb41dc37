//! Use these APIs to configure JIT provisioning activation policy for the tenant.
//! OAuth scopes: **idn:jit-policy:read** and **idn:jit-policy:manage** (get config), **idn:jit-policy:update** and **idn:jit-policy:manage** (update config). JIT activation workflow APIs use **idn:jit-activation-workflow:*** scopes (activate, extend, deactivate, manage, and **idn:jit-activation-workflow-internal:manage**).
//! For REST contract details, use the JIT Access operations in this specification and the [SailPoint API documentation](https://developer.sailpoint.com/idn/api/).

use crate::models;

/// The JIT Access operations: get them from [`Client::jit_access`](crate::Client::jit_access).
#[derive(Debug, Clone, Copy)]
pub struct JitAccessApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The JIT Access operations.
    #[inline]
    pub fn jit_access(&self) -> JitAccessApi<'_> {
        JitAccessApi { client: self }
    }
}

impl<'a> JitAccessApi<'a> {
    /// Get JIT activation policy configuration
    ///
    /// Returns the tenant's current JIT activation policy configuration, including governed entitlement IDs, activation and extension time limits, default periods, notification settings, and whether the policy applies to future assignments.
    ///
    /// The tenant comes from the authenticated request context (not the URL). Use **configType** to select which configuration to read. Returns **404** if that configuration has not been stored yet.
    ///
    /// **User level:** POLICY_ADMIN (policy administrator).
    ///
    /// `GET /jit-activation-config/v1/{configType}` (`getJitActivationConfigV1`)
    #[inline]
    pub fn get_jit_activation_config_v1(
        &self,
        config_type: models::GetJitActivationConfigV1ConfigType,
    ) -> GetJitActivationConfigV1 {
        GetJitActivationConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            config_type,
        }
    }

    /// Update JIT activation policy configuration
    ///
    /// Updates the tenant's JIT activation policy configuration by applying one or more **replace** operations (same shape as JSON Patch: **op**, **path**, **value**). Use this to change entitlement lists, max/default activation and extension durations, notification recipients or template, and the apply-to-future-assignments flag.
    ///
    /// The body must be a non-empty array. Only **replace** is supported; each **path** must be one of the values documented on the request item schema. The tenant is taken from the request context. **configType** selects which configuration to update. Returns **404** if the configuration does not exist, or **400** for an empty body, unknown **configType**, or invalid path/value.
    ///
    /// **User level:** POLICY_ADMIN (policy administrator).
    ///
    /// `PATCH /jit-activation-config/v1/{configType}` (`patchJitActivationConfigV1`)
    #[inline]
    pub fn patch_jit_activation_config_v1(
        &self,
        config_type: models::PatchJitActivationConfigV1ConfigType,
        jitaccessoperationrequest: Vec<models::Jitaccessoperationrequest>,
    ) -> PatchJitActivationConfigV1 {
        PatchJitActivationConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            config_type,
            jitaccessoperationrequest,
        }
    }
}

/// The error statuses of [`JitAccessApi::get_jit_activation_config_v1`](JitAccessApi::get_jit_activation_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetJitActivationConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`JitAccessApi::get_jit_activation_config_v1`](JitAccessApi::get_jit_activation_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetJitActivationConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    config_type: models::GetJitActivationConfigV1ConfigType,
}

impl GetJitActivationConfigV1 {
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

    /// Sends the request: `GET /jit-activation-config/v1/{configType}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Jitactivationconfigresponse,
            crate::SdkError<GetJitActivationConfigV1Error>,
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
            crate::Response<models::Jitactivationconfigresponse>,
            crate::SdkError<GetJitActivationConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getJitActivationConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/jit-activation-config/v1/",
                    &crate::request::path_segment(self.config_type.as_str()),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`JitAccessApi::patch_jit_activation_config_v1`](JitAccessApi::patch_jit_activation_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchJitActivationConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`JitAccessApi::patch_jit_activation_config_v1`](JitAccessApi::patch_jit_activation_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchJitActivationConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    config_type: models::PatchJitActivationConfigV1ConfigType,
    jitaccessoperationrequest: Vec<models::Jitaccessoperationrequest>,
}

impl PatchJitActivationConfigV1 {
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

    /// Sends the request: `PATCH /jit-activation-config/v1/{configType}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Jitactivationconfigresponse,
            crate::SdkError<PatchJitActivationConfigV1Error>,
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
            crate::Response<models::Jitactivationconfigresponse>,
            crate::SdkError<PatchJitActivationConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchJitActivationConfigV1",
            self.options,
            move |client| {
                let path = [
                    "/jit-activation-config/v1/",
                    &crate::request::path_segment(self.config_type.as_str()),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jitaccessoperationrequest;
                    request = crate::request::with_json(
                        "patchJitActivationConfigV1",
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
