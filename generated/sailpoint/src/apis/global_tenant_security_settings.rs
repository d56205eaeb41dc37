//! Use this API to implement and customize global tenant security settings.
//! With this functionality in place, administrators can manage the global security settings that a tenant/org has.
//! This API can be used to configure the networks and Geographies allowed to access Identity Security Cloud URLs.

use crate::models;

/// The Global Tenant Security Settings operations: get them from [`Client::global_tenant_security_settings`](crate::Client::global_tenant_security_settings).
#[derive(Debug, Clone, Copy)]
pub struct GlobalTenantSecuritySettingsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Global Tenant Security Settings operations.
    #[inline]
    pub fn global_tenant_security_settings(
        &self,
    ) -> GlobalTenantSecuritySettingsApi<'_> {
        GlobalTenantSecuritySettingsApi {
            client: self,
        }
    }
}

impl<'a> GlobalTenantSecuritySettingsApi<'a> {
    /// Get security network configuration.
    ///
    /// This API returns the details of an org's network auth configuration.
    ///
    /// `GET /auth-org/v1/network-config` (`getAuthOrgNetworkConfigV1`)
    #[inline]
    pub fn get_auth_org_network_config_v1(&self) -> GetAuthOrgNetworkConfigV1 {
        GetAuthOrgNetworkConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Create security network configuration.
    ///
    /// This API returns the details of an org's network auth configuration. Requires security scope of: 'sp:auth-org:manage'
    ///
    /// `POST /auth-org/v1/network-config` (`createAuthOrgNetworkConfigV1`)
    #[inline]
    pub fn create_auth_org_network_config_v1(
        &self,
        networkconfiguration: models::Networkconfiguration,
    ) -> CreateAuthOrgNetworkConfigV1 {
        CreateAuthOrgNetworkConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            networkconfiguration,
        }
    }

    /// Update security network configuration.
    ///
    /// This API updates an existing network configuration for an org using PATCH
    ///  Requires security scope of:  'sp:auth-org:manage'
    ///
    /// `PATCH /auth-org/v1/network-config` (`patchAuthOrgNetworkConfigV1`)
    #[inline]
    pub fn patch_auth_org_network_config_v1(
        &self,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> PatchAuthOrgNetworkConfigV1 {
        PatchAuthOrgNetworkConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            jsonpatchoperation,
        }
    }

    /// Get auth org lockout configuration.
    ///
    /// This API returns the details of an org's lockout auth configuration.
    ///
    /// `GET /auth-org/v1/lockout-config` (`getAuthOrgLockoutConfigV1`)
    #[inline]
    pub fn get_auth_org_lockout_config_v1(&self) -> GetAuthOrgLockoutConfigV1 {
        GetAuthOrgLockoutConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Update auth org lockout configuration
    ///
    /// This API updates an existing lockout configuration for an org using PATCH
    ///
    /// `PATCH /auth-org/v1/lockout-config` (`patchAuthOrgLockoutConfigV1`)
    #[inline]
    pub fn patch_auth_org_lockout_config_v1(
        &self,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> PatchAuthOrgLockoutConfigV1 {
        PatchAuthOrgLockoutConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            jsonpatchoperation,
        }
    }

    /// Get service provider configuration.
    ///
    /// This API returns the details of an org's service provider auth configuration.
    ///
    /// `GET /auth-org/v1/service-provider-config` (`getAuthOrgServiceProviderConfigV1`)
    #[inline]
    pub fn get_auth_org_service_provider_config_v1(
        &self,
    ) -> GetAuthOrgServiceProviderConfigV1 {
        GetAuthOrgServiceProviderConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Update service provider configuration
    ///
    /// This API updates an existing service provider configuration for an org using PATCH.
    ///
    /// `PATCH /auth-org/v1/service-provider-config` (`patchAuthOrgServiceProviderConfigV1`)
    #[inline]
    pub fn patch_auth_org_service_provider_config_v1(
        &self,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> PatchAuthOrgServiceProviderConfigV1 {
        PatchAuthOrgServiceProviderConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            jsonpatchoperation,
        }
    }

    /// Get auth org session configuration.
    ///
    /// This API returns the details of an org's session auth configuration.
    ///
    /// `GET /auth-org/v1/session-config` (`getAuthOrgSessionConfigV1`)
    #[inline]
    pub fn get_auth_org_session_config_v1(&self) -> GetAuthOrgSessionConfigV1 {
        GetAuthOrgSessionConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Update auth org session configuration
    ///
    /// This API updates an existing session configuration for an org using PATCH.
    ///
    /// `PATCH /auth-org/v1/session-config` (`patchAuthOrgSessionConfigV1`)
    #[inline]
    pub fn patch_auth_org_session_config_v1(
        &self,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> PatchAuthOrgSessionConfigV1 {
        PatchAuthOrgSessionConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            jsonpatchoperation,
        }
    }
}

/// The error statuses of [`GlobalTenantSecuritySettingsApi::get_auth_org_network_config_v1`](GlobalTenantSecuritySettingsApi::get_auth_org_network_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetAuthOrgNetworkConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`GlobalTenantSecuritySettingsApi::get_auth_org_network_config_v1`](GlobalTenantSecuritySettingsApi::get_auth_org_network_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAuthOrgNetworkConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetAuthOrgNetworkConfigV1 {
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

    /// Sends the request: `GET /auth-org/v1/network-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Networkconfiguration,
            crate::SdkError<GetAuthOrgNetworkConfigV1Error>,
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
            crate::Response<models::Networkconfiguration>,
            crate::SdkError<GetAuthOrgNetworkConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAuthOrgNetworkConfigV1",
            self.options,
            move |client| {
                let path = "/auth-org/v1/network-config";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`GlobalTenantSecuritySettingsApi::create_auth_org_network_config_v1`](GlobalTenantSecuritySettingsApi::create_auth_org_network_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateAuthOrgNetworkConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`GlobalTenantSecuritySettingsApi::create_auth_org_network_config_v1`](GlobalTenantSecuritySettingsApi::create_auth_org_network_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAuthOrgNetworkConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    networkconfiguration: models::Networkconfiguration,
}

impl CreateAuthOrgNetworkConfigV1 {
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

    /// Sends the request: `POST /auth-org/v1/network-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Networkconfiguration,
            crate::SdkError<CreateAuthOrgNetworkConfigV1Error>,
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
            crate::Response<models::Networkconfiguration>,
            crate::SdkError<CreateAuthOrgNetworkConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createAuthOrgNetworkConfigV1",
            self.options,
            move |client| {
                let path = "/auth-org/v1/network-config";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.networkconfiguration;
                    request = crate::request::with_json(
                        "createAuthOrgNetworkConfigV1",
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

/// The error statuses of [`GlobalTenantSecuritySettingsApi::patch_auth_org_network_config_v1`](GlobalTenantSecuritySettingsApi::patch_auth_org_network_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchAuthOrgNetworkConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`GlobalTenantSecuritySettingsApi::patch_auth_org_network_config_v1`](GlobalTenantSecuritySettingsApi::patch_auth_org_network_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchAuthOrgNetworkConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl PatchAuthOrgNetworkConfigV1 {
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

    /// Sends the request: `PATCH /auth-org/v1/network-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Networkconfiguration,
            crate::SdkError<PatchAuthOrgNetworkConfigV1Error>,
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
            crate::Response<models::Networkconfiguration>,
            crate::SdkError<PatchAuthOrgNetworkConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchAuthOrgNetworkConfigV1",
            self.options,
            move |client| {
                let path = "/auth-org/v1/network-config";
                let mut request = client.request(reqwest::Method::PATCH, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "patchAuthOrgNetworkConfigV1",
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

/// The error statuses of [`GlobalTenantSecuritySettingsApi::get_auth_org_lockout_config_v1`](GlobalTenantSecuritySettingsApi::get_auth_org_lockout_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetAuthOrgLockoutConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`GlobalTenantSecuritySettingsApi::get_auth_org_lockout_config_v1`](GlobalTenantSecuritySettingsApi::get_auth_org_lockout_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAuthOrgLockoutConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetAuthOrgLockoutConfigV1 {
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

    /// Sends the request: `GET /auth-org/v1/lockout-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Lockoutconfiguration,
            crate::SdkError<GetAuthOrgLockoutConfigV1Error>,
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
            crate::Response<models::Lockoutconfiguration>,
            crate::SdkError<GetAuthOrgLockoutConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAuthOrgLockoutConfigV1",
            self.options,
            move |client| {
                let path = "/auth-org/v1/lockout-config";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`GlobalTenantSecuritySettingsApi::patch_auth_org_lockout_config_v1`](GlobalTenantSecuritySettingsApi::patch_auth_org_lockout_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchAuthOrgLockoutConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`GlobalTenantSecuritySettingsApi::patch_auth_org_lockout_config_v1`](GlobalTenantSecuritySettingsApi::patch_auth_org_lockout_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchAuthOrgLockoutConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl PatchAuthOrgLockoutConfigV1 {
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

    /// Sends the request: `PATCH /auth-org/v1/lockout-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Lockoutconfiguration,
            crate::SdkError<PatchAuthOrgLockoutConfigV1Error>,
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
            crate::Response<models::Lockoutconfiguration>,
            crate::SdkError<PatchAuthOrgLockoutConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchAuthOrgLockoutConfigV1",
            self.options,
            move |client| {
                let path = "/auth-org/v1/lockout-config";
                let mut request = client.request(reqwest::Method::PATCH, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "patchAuthOrgLockoutConfigV1",
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

/// The error statuses of [`GlobalTenantSecuritySettingsApi::get_auth_org_service_provider_config_v1`](GlobalTenantSecuritySettingsApi::get_auth_org_service_provider_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetAuthOrgServiceProviderConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`GlobalTenantSecuritySettingsApi::get_auth_org_service_provider_config_v1`](GlobalTenantSecuritySettingsApi::get_auth_org_service_provider_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAuthOrgServiceProviderConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetAuthOrgServiceProviderConfigV1 {
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

    /// Sends the request: `GET /auth-org/v1/service-provider-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Serviceproviderconfiguration,
            crate::SdkError<GetAuthOrgServiceProviderConfigV1Error>,
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
            crate::Response<models::Serviceproviderconfiguration>,
            crate::SdkError<GetAuthOrgServiceProviderConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAuthOrgServiceProviderConfigV1",
            self.options,
            move |client| {
                let path = "/auth-org/v1/service-provider-config";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`GlobalTenantSecuritySettingsApi::patch_auth_org_service_provider_config_v1`](GlobalTenantSecuritySettingsApi::patch_auth_org_service_provider_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchAuthOrgServiceProviderConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`GlobalTenantSecuritySettingsApi::patch_auth_org_service_provider_config_v1`](GlobalTenantSecuritySettingsApi::patch_auth_org_service_provider_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchAuthOrgServiceProviderConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl PatchAuthOrgServiceProviderConfigV1 {
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

    /// Sends the request: `PATCH /auth-org/v1/service-provider-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Serviceproviderconfiguration,
            crate::SdkError<PatchAuthOrgServiceProviderConfigV1Error>,
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
            crate::Response<models::Serviceproviderconfiguration>,
            crate::SdkError<PatchAuthOrgServiceProviderConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchAuthOrgServiceProviderConfigV1",
            self.options,
            move |client| {
                let path = "/auth-org/v1/service-provider-config";
                let mut request = client.request(reqwest::Method::PATCH, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "patchAuthOrgServiceProviderConfigV1",
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

/// The error statuses of [`GlobalTenantSecuritySettingsApi::get_auth_org_session_config_v1`](GlobalTenantSecuritySettingsApi::get_auth_org_session_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetAuthOrgSessionConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`GlobalTenantSecuritySettingsApi::get_auth_org_session_config_v1`](GlobalTenantSecuritySettingsApi::get_auth_org_session_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAuthOrgSessionConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetAuthOrgSessionConfigV1 {
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

    /// Sends the request: `GET /auth-org/v1/session-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sessionconfiguration,
            crate::SdkError<GetAuthOrgSessionConfigV1Error>,
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
            crate::Response<models::Sessionconfiguration>,
            crate::SdkError<GetAuthOrgSessionConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAuthOrgSessionConfigV1",
            self.options,
            move |client| {
                let path = "/auth-org/v1/session-config";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`GlobalTenantSecuritySettingsApi::patch_auth_org_session_config_v1`](GlobalTenantSecuritySettingsApi::patch_auth_org_session_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchAuthOrgSessionConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`GlobalTenantSecuritySettingsApi::patch_auth_org_session_config_v1`](GlobalTenantSecuritySettingsApi::patch_auth_org_session_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchAuthOrgSessionConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl PatchAuthOrgSessionConfigV1 {
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

    /// Sends the request: `PATCH /auth-org/v1/session-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sessionconfiguration,
            crate::SdkError<PatchAuthOrgSessionConfigV1Error>,
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
            crate::Response<models::Sessionconfiguration>,
            crate::SdkError<PatchAuthOrgSessionConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchAuthOrgSessionConfigV1",
            self.options,
            move |client| {
                let path = "/auth-org/v1/session-config";
                let mut request = client.request(reqwest::Method::PATCH, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "patchAuthOrgSessionConfigV1",
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
