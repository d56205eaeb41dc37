//! Configure and test multifactor authentication (MFA) methods

use crate::models;

/// The MFA Configuration operations: get them from [`Client::mfa_configuration`](crate::Client::mfa_configuration).
#[derive(Debug, Clone, Copy)]
pub struct MfaConfigurationApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The MFA Configuration operations.
    #[inline]
    pub fn mfa_configuration(&self) -> MfaConfigurationApi<'_> {
        MfaConfigurationApi {
            client: self,
        }
    }
}

impl<'a> MfaConfigurationApi<'a> {
    /// Configuration of okta mfa method
    ///
    /// This API returns the configuration of an Okta MFA method.
    ///
    /// `GET /mfa/okta-verify/config` (`getMFAOktaConfig`)
    #[inline]
    pub fn get_mfa_okta_config(&self) -> GetMfaOktaConfig {
        GetMfaOktaConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Set okta mfa configuration
    ///
    /// This API sets the configuration of an Okta MFA method.
    ///
    /// `PUT /mfa/okta-verify/config` (`setMFAOktaConfig`)
    #[inline]
    pub fn set_mfa_okta_config(
        &self,
        mfa_okta_config: models::MfaOktaConfig,
    ) -> SetMfaOktaConfig {
        SetMfaOktaConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            mfa_okta_config,
        }
    }

    /// Configuration of duo mfa method
    ///
    /// This API returns the configuration of an Duo MFA method.
    ///
    /// `GET /mfa/duo-web/config` (`getMFADuoConfig`)
    #[inline]
    pub fn get_mfa_duo_config(&self) -> GetMfaDuoConfig {
        GetMfaDuoConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Set duo mfa configuration
    ///
    /// This API sets the configuration of an Duo MFA method.
    ///
    /// `PUT /mfa/duo-web/config` (`setMFADuoConfig`)
    #[inline]
    pub fn set_mfa_duo_config(
        &self,
        mfa_duo_config: models::MfaDuoConfig,
    ) -> SetMfaDuoConfig {
        SetMfaDuoConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            mfa_duo_config,
        }
    }

    /// Configuration of kba mfa method
    ///
    /// This API returns the KBA configuration for MFA.
    ///
    /// `GET /mfa/kba/config` (`getMFAKbaConfig`)
    #[inline]
    pub fn get_mfa_kba_config(&self) -> GetMfaKbaConfig {
        GetMfaKbaConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            all_languages: None,
        }
    }

    /// Set mfa kba configuration
    ///
    /// This API sets answers to challenge questions.  Any configured questions omitted from the request are removed from user KBA configuration.
    ///
    /// `POST /mfa/kba/config/answers` (`setMFAKBAConfig`)
    #[inline]
    pub fn set_mfakba_config(
        &self,
        kba_answer_request_item: Vec<models::KbaAnswerRequestItem>,
    ) -> SetMfakbaConfig {
        SetMfakbaConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            kba_answer_request_item,
        }
    }

    /// Mfa method's test configuration
    ///
    /// This API validates that the configuration is valid and will properly authenticate with the MFA provider identified by the method path parameter.
    ///
    /// `GET /mfa/{method}/test` (`testMFAConfig`)
    #[inline]
    pub fn test_mfa_config(&self, method: models::TestMfaConfigMethod) -> TestMfaConfig {
        TestMfaConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            method,
        }
    }

    /// Delete mfa method configuration
    ///
    /// This API removes the configuration for the specified MFA method.
    ///
    /// `DELETE /mfa/{method}/delete` (`deleteMFAConfig`)
    #[inline]
    pub fn delete_mfa_config(
        &self,
        method: models::DeleteMfaConfigMethod,
    ) -> DeleteMfaConfig {
        DeleteMfaConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            method,
        }
    }
}

/// The error statuses of [`MfaConfigurationApi::get_mfa_okta_config`](MfaConfigurationApi::get_mfa_okta_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetMfaOktaConfigError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MfaConfigurationApi::get_mfa_okta_config`](MfaConfigurationApi::get_mfa_okta_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMfaOktaConfig {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetMfaOktaConfig {
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

    /// Sends the request: `GET /mfa/okta-verify/config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::MfaOktaConfig, crate::SdkError<GetMfaOktaConfigError>>,
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
            crate::Response<models::MfaOktaConfig>,
            crate::SdkError<GetMfaOktaConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getMFAOktaConfig",
            self.options,
            move |client| {
                let path = "/mfa/okta-verify/config";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MfaConfigurationApi::set_mfa_okta_config`](MfaConfigurationApi::set_mfa_okta_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SetMfaOktaConfigError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MfaConfigurationApi::set_mfa_okta_config`](MfaConfigurationApi::set_mfa_okta_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetMfaOktaConfig {
    client: crate::Client,
    options: crate::request::Options,
    mfa_okta_config: models::MfaOktaConfig,
}

impl SetMfaOktaConfig {
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

    /// Sends the request: `PUT /mfa/okta-verify/config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::MfaOktaConfig, crate::SdkError<SetMfaOktaConfigError>>,
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
            crate::Response<models::MfaOktaConfig>,
            crate::SdkError<SetMfaOktaConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setMFAOktaConfig",
            self.options,
            move |client| {
                let path = "/mfa/okta-verify/config";
                let mut request = client.request(reqwest::Method::PUT, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.mfa_okta_config;
                    request = crate::request::with_json(
                        "setMFAOktaConfig",
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

/// The error statuses of [`MfaConfigurationApi::get_mfa_duo_config`](MfaConfigurationApi::get_mfa_duo_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetMfaDuoConfigError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MfaConfigurationApi::get_mfa_duo_config`](MfaConfigurationApi::get_mfa_duo_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMfaDuoConfig {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetMfaDuoConfig {
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

    /// Sends the request: `GET /mfa/duo-web/config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::MfaDuoConfig, crate::SdkError<GetMfaDuoConfigError>>,
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
            crate::Response<models::MfaDuoConfig>,
            crate::SdkError<GetMfaDuoConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getMFADuoConfig",
            self.options,
            move |client| {
                let path = "/mfa/duo-web/config";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MfaConfigurationApi::set_mfa_duo_config`](MfaConfigurationApi::set_mfa_duo_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SetMfaDuoConfigError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MfaConfigurationApi::set_mfa_duo_config`](MfaConfigurationApi::set_mfa_duo_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetMfaDuoConfig {
    client: crate::Client,
    options: crate::request::Options,
    mfa_duo_config: models::MfaDuoConfig,
}

impl SetMfaDuoConfig {
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

    /// Sends the request: `PUT /mfa/duo-web/config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::MfaDuoConfig, crate::SdkError<SetMfaDuoConfigError>>,
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
            crate::Response<models::MfaDuoConfig>,
            crate::SdkError<SetMfaDuoConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setMFADuoConfig",
            self.options,
            move |client| {
                let path = "/mfa/duo-web/config";
                let mut request = client.request(reqwest::Method::PUT, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.mfa_duo_config;
                    request = crate::request::with_json(
                        "setMFADuoConfig",
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

/// The error statuses of [`MfaConfigurationApi::get_mfa_kba_config`](MfaConfigurationApi::get_mfa_kba_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetMfaKbaConfigError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MfaConfigurationApi::get_mfa_kba_config`](MfaConfigurationApi::get_mfa_kba_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMfaKbaConfig {
    client: crate::Client,
    options: crate::request::Options,
    all_languages: Option<bool>,
}

impl GetMfaKbaConfig {
    /// Indicator whether the question text should be returned in all configured languages
    ///    * If true, the question text is returned in all languages that it is configured in.
    ///    * If false, the question text is returned in the user locale if available, else for the default locale.
    ///    * If not passed, it behaves the same way as passing this parameter as false
    #[inline]
    pub fn all_languages(mut self, all_languages: bool) -> Self {
        self.all_languages = Some(all_languages);
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

    /// Sends the request: `GET /mfa/kba/config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::KbaQuestion>, crate::SdkError<GetMfaKbaConfigError>>,
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
            crate::Response<Vec<models::KbaQuestion>>,
            crate::SdkError<GetMfaKbaConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getMFAKbaConfig",
            self.options,
            move |client| {
                let path = "/mfa/kba/config";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.all_languages {
                    query.push(("allLanguages", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MfaConfigurationApi::set_mfakba_config`](MfaConfigurationApi::set_mfakba_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SetMfakbaConfigError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MfaConfigurationApi::set_mfakba_config`](MfaConfigurationApi::set_mfakba_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetMfakbaConfig {
    client: crate::Client,
    options: crate::request::Options,
    kba_answer_request_item: Vec<models::KbaAnswerRequestItem>,
}

impl SetMfakbaConfig {
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

    /// Sends the request: `POST /mfa/kba/config/answers`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::KbaAnswerResponseItem>,
            crate::SdkError<SetMfakbaConfigError>,
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
            crate::Response<Vec<models::KbaAnswerResponseItem>>,
            crate::SdkError<SetMfakbaConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setMFAKBAConfig",
            self.options,
            move |client| {
                let path = "/mfa/kba/config/answers";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.kba_answer_request_item;
                    request = crate::request::with_json(
                        "setMFAKBAConfig",
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

/// The error statuses of [`MfaConfigurationApi::test_mfa_config`](MfaConfigurationApi::test_mfa_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type TestMfaConfigError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MfaConfigurationApi::test_mfa_config`](MfaConfigurationApi::test_mfa_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct TestMfaConfig {
    client: crate::Client,
    options: crate::request::Options,
    method: models::TestMfaConfigMethod,
}

impl TestMfaConfig {
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

    /// Sends the request: `GET /mfa/{method}/test`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::MfaConfigTestResponse,
            crate::SdkError<TestMfaConfigError>,
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
            crate::Response<models::MfaConfigTestResponse>,
            crate::SdkError<TestMfaConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "testMFAConfig",
            self.options,
            move |client| {
                let path = [
                    "/mfa/",
                    &crate::request::path_segment(self.method.as_str()),
                    "/test",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MfaConfigurationApi::delete_mfa_config`](MfaConfigurationApi::delete_mfa_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteMfaConfigError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MfaConfigurationApi::delete_mfa_config`](MfaConfigurationApi::delete_mfa_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteMfaConfig {
    client: crate::Client,
    options: crate::request::Options,
    method: models::DeleteMfaConfigMethod,
}

impl DeleteMfaConfig {
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

    /// Sends the request: `DELETE /mfa/{method}/delete`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::MfaOktaConfig, crate::SdkError<DeleteMfaConfigError>>,
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
            crate::Response<models::MfaOktaConfig>,
            crate::SdkError<DeleteMfaConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteMFAConfig",
            self.options,
            move |client| {
                let path = [
                    "/mfa/",
                    &crate::request::path_segment(self.method.as_str()),
                    "/delete",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::DELETE, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
