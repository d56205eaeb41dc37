//! Use this API to implement organization configuration functionality.
//! Administrators can use this functionality to manage organization settings, such as time zones.

use crate::models;

/// The Org Config operations: get them from [`Client::org_config`](crate::Client::org_config).
#[derive(Debug, Clone, Copy)]
pub struct OrgConfigApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Org Config operations.
    #[inline]
    pub fn org_config(&self) -> OrgConfigApi<'_> {
        OrgConfigApi { client: self }
    }
}

impl<'a> OrgConfigApi<'a> {
    /// Get org configuration settings
    ///
    /// Get org configuration with only external (org admin) accessible properties for the current org.
    ///
    /// `GET /org-config` (`getOrgConfig`)
    #[inline]
    pub fn get_org_config(&self) -> GetOrgConfig {
        GetOrgConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Patch an org configuration property
    ///
    /// Patch configuration of the current org using <http://jsonpatch.com/> syntax.  Commonly used for changing the time zone of an org.
    ///
    /// `PATCH /org-config` (`patchOrgConfig`)
    #[inline]
    pub fn patch_org_config(
        &self,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> PatchOrgConfig {
        PatchOrgConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            json_patch_operation,
        }
    }

    /// Get list of time zones
    ///
    /// Get a list of valid time zones that can be set in org configurations.
    ///
    /// `GET /org-config/valid-time-zones` (`getValidTimeZones`)
    #[inline]
    pub fn get_valid_time_zones(&self) -> GetValidTimeZones {
        GetValidTimeZones {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }
}

/// The error statuses of [`OrgConfigApi::get_org_config`](OrgConfigApi::get_org_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetOrgConfigError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`OrgConfigApi::get_org_config`](OrgConfigApi::get_org_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetOrgConfig {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetOrgConfig {
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

    /// Sends the request: `GET /org-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::OrgConfig, crate::SdkError<GetOrgConfigError>>,
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
            crate::Response<models::OrgConfig>,
            crate::SdkError<GetOrgConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getOrgConfig",
            self.options,
            move |client| {
                let path = "/org-config";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`OrgConfigApi::patch_org_config`](OrgConfigApi::patch_org_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchOrgConfigError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`OrgConfigApi::patch_org_config`](OrgConfigApi::patch_org_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchOrgConfig {
    client: crate::Client,
    options: crate::request::Options,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl PatchOrgConfig {
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

    /// Sends the request: `PATCH /org-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::OrgConfig, crate::SdkError<PatchOrgConfigError>>,
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
            crate::Response<models::OrgConfig>,
            crate::SdkError<PatchOrgConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchOrgConfig",
            self.options,
            move |client| {
                let path = "/org-config";
                let mut request = client.request(reqwest::Method::PATCH, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.json_patch_operation;
                    request = crate::request::with_json(
                        "patchOrgConfig",
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

/// The error statuses of [`OrgConfigApi::get_valid_time_zones`](OrgConfigApi::get_valid_time_zones), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetValidTimeZonesError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`OrgConfigApi::get_valid_time_zones`](OrgConfigApi::get_valid_time_zones): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetValidTimeZones {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetValidTimeZones {
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

    /// Sends the request: `GET /org-config/valid-time-zones`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<String>, crate::SdkError<GetValidTimeZonesError>>,
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
            crate::Response<Vec<String>>,
            crate::SdkError<GetValidTimeZonesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getValidTimeZones",
            self.options,
            move |client| {
                let path = "/org-config/valid-time-zones";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
