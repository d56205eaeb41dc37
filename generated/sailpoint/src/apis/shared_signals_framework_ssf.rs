//! The SSF Transmitter Service is a security event notification system that monitors identity attribute changes
//! and automatically triggers session revocation events when specific lifecycle conditions are met.
//!
//! Use this API to implement transmitter functionality so administrators can discover the transmitter and manage streams.
//! Transmitters send identity data and events from Identity Security Cloud to external receivers over the Secure Sync Framework (SSF).
//! The SSF configuration and JWKS endpoints support discovery and verification; the stream management endpoints support creating, updating, and managing streams and verifying receivers.
//! In Identity Security Cloud, administrators can use the "Connections" > "Shared Signals" area to view and manage transmitters and their streams.

use crate::models;

/// The Shared Signals Framework (SSF) operations: get them from [`Client::shared_signals_framework_ssf`](crate::Client::shared_signals_framework_ssf).
#[derive(Debug, Clone, Copy)]
pub struct SharedSignalsFrameworkSsfApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Shared Signals Framework (SSF) operations.
    #[inline]
    pub fn shared_signals_framework_ssf(&self) -> SharedSignalsFrameworkSsfApi<'_> {
        SharedSignalsFrameworkSsfApi {
            client: self,
        }
    }
}

impl<'a> SharedSignalsFrameworkSsfApi<'a> {
    /// Get SSF configuration
    ///
    /// Returns the SSF transmitter discovery metadata (well-known configuration).
    ///
    /// `GET /.well-known/v1/ssf-configuration` (`getSSFConfigurationV1`)
    #[inline]
    pub fn get_ssf_configuration_v1(&self) -> GetSsfConfigurationV1 {
        GetSsfConfigurationV1 {
            client: self.client.clone(),
            options: crate::request::Options::anonymous(),
        }
    }

    /// Get JWKS
    ///
    /// Returns the transmitter's JSON Web Key Set (JWKS) for verifying signed delivery requests.
    ///
    /// `GET /ssf/v1/jwks` (`getJWKSDataV1`)
    #[inline]
    pub fn get_jwks_data_v1(&self) -> GetJwksDataV1 {
        GetJwksDataV1 {
            client: self.client.clone(),
            options: crate::request::Options::anonymous(),
        }
    }

    /// Get stream(s)
    ///
    /// Retrieves either a list of all SSF stream configurations or the individual configuration if specified by ID.
    ///
    /// As stream configurations are tied to a client ID, you can only view the stream associated with the client ID
    /// of the request OAuth 2.0 access token.
    ///
    /// Query parameter `aud` (co filter) can be used to filter by audience.
    ///
    /// `GET /ssf/v1/streams` (`getStreamV1`)
    #[inline]
    pub fn get_stream_v1(&self) -> GetStreamV1 {
        GetStreamV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            stream_id: None,
        }
    }

    /// Replace stream configuration
    ///
    /// Replaces a stream's configuration (PUT). stream_id and delivery are required; full receiver-supplied properties.
    ///
    /// The associated stream with the client ID (through the request OAuth 2.0 access token) is replaced.
    ///
    /// `PUT /ssf/v1/streams` (`setStreamConfigurationV1`)
    #[inline]
    pub fn set_stream_configuration_v1(
        &self,
        replacestreamconfigurationrequest: models::Replacestreamconfigurationrequest,
    ) -> SetStreamConfigurationV1 {
        SetStreamConfigurationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            replacestreamconfigurationrequest,
        }
    }

    /// Create stream
    ///
    /// An SSF stream is associated with the client ID of the OAuth 2.0 access token used to create the stream.
    /// One SSF stream is allowed for each client ID.
    ///
    /// You can create a maximum of 10 SSF stream configurations for one org.
    ///
    /// `POST /ssf/v1/streams` (`createStreamV1`)
    #[inline]
    pub fn create_stream_v1(
        &self,
        createstreamrequest: models::Createstreamrequest,
    ) -> CreateStreamV1 {
        CreateStreamV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            createstreamrequest,
        }
    }

    /// Delete stream
    ///
    /// Deletes a stream by its ID. There is no request body; the stream is identified by the required
    /// query parameter `stream_id`. On success the response has no body (204 No Content).
    ///
    /// The associated stream with the client ID (through the request OAuth 2.0 access token) is deleted.
    ///
    /// `DELETE /ssf/v1/streams` (`deleteStreamV1`)
    #[inline]
    pub fn delete_stream_v1(&self, stream_id: impl Into<String>) -> DeleteStreamV1 {
        DeleteStreamV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            stream_id: stream_id.into(),
        }
    }

    /// Update stream configuration
    ///
    /// Partially updates a stream's configuration (PATCH). Only provided fields are updated.
    ///
    /// The associated stream with the client ID (through the request OAuth 2.0 access token) is updated.
    ///
    /// `PATCH /ssf/v1/streams` (`updateStreamConfigurationV1`)
    #[inline]
    pub fn update_stream_configuration_v1(
        &self,
        updatestreamconfigurationrequest: models::Updatestreamconfigurationrequest,
    ) -> UpdateStreamConfigurationV1 {
        UpdateStreamConfigurationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            updatestreamconfigurationrequest,
        }
    }

    /// Get stream status
    ///
    /// Returns the status (enabled, paused, disabled) and optional reason for the stream associated with the client ID of the request's OAuth 2.0 access token. The stream_id query parameter is required.
    ///
    /// `GET /ssf/v1/streams/status` (`getStreamStatusV1`)
    #[inline]
    pub fn get_stream_status_v1(
        &self,
        stream_id: impl Into<String>,
    ) -> GetStreamStatusV1 {
        GetStreamStatusV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            stream_id: stream_id.into(),
        }
    }

    /// Update stream status
    ///
    /// Updates the operational status (enabled, paused, disabled) with an optional reason for the stream associated with the client ID of the request's OAuth 2.0 access token.
    ///
    /// `POST /ssf/v1/streams/status` (`updateStreamStatusV1`)
    #[inline]
    pub fn update_stream_status_v1(
        &self,
        updatestreamstatusrequest: models::Updatestreamstatusrequest,
    ) -> UpdateStreamStatusV1 {
        UpdateStreamStatusV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            updatestreamstatusrequest,
        }
    }

    /// Verify stream
    ///
    /// Verifies an SSF stream by publishing a verification event requested by a security events provider.
    ///
    /// `POST /ssf/v1/streams/verify` (`sendStreamVerificationV1`)
    #[inline]
    pub fn send_stream_verification_v1(
        &self,
        verificationrequest: models::Verificationrequest,
    ) -> SendStreamVerificationV1 {
        SendStreamVerificationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            verificationrequest,
        }
    }
}

/// The error statuses of [`SharedSignalsFrameworkSsfApi::get_ssf_configuration_v1`](SharedSignalsFrameworkSsfApi::get_ssf_configuration_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetSsfConfigurationV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SharedSignalsFrameworkSsfApi::get_ssf_configuration_v1`](SharedSignalsFrameworkSsfApi::get_ssf_configuration_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSsfConfigurationV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetSsfConfigurationV1 {
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

    /// Sends the request: `GET /.well-known/v1/ssf-configuration`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Transmittermetadata,
            crate::SdkError<GetSsfConfigurationV1Error>,
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
            crate::Response<models::Transmittermetadata>,
            crate::SdkError<GetSsfConfigurationV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSSFConfigurationV1",
            self.options,
            move |client| {
                let path = "/.well-known/v1/ssf-configuration";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SharedSignalsFrameworkSsfApi::get_jwks_data_v1`](SharedSignalsFrameworkSsfApi::get_jwks_data_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetJwksDataV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SharedSignalsFrameworkSsfApi::get_jwks_data_v1`](SharedSignalsFrameworkSsfApi::get_jwks_data_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetJwksDataV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetJwksDataV1 {
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

    /// Sends the request: `GET /ssf/v1/jwks`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Jwks, crate::SdkError<GetJwksDataV1Error>>,
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
            crate::Response<models::Jwks>,
            crate::SdkError<GetJwksDataV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getJWKSDataV1",
            self.options,
            move |client| {
                let path = "/ssf/v1/jwks";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SharedSignalsFrameworkSsfApi::get_stream_v1`](SharedSignalsFrameworkSsfApi::get_stream_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetStreamV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SharedSignalsFrameworkSsfApi::get_stream_v1`](SharedSignalsFrameworkSsfApi::get_stream_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetStreamV1 {
    client: crate::Client,
    options: crate::request::Options,
    stream_id: Option<String>,
}

impl GetStreamV1 {
    /// If provided, returns that stream; otherwise returns list of all streams.
    #[inline]
    pub fn stream_id(mut self, stream_id: impl Into<String>) -> Self {
        self.stream_id = Some(stream_id.into());
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

    /// Sends the request: `GET /ssf/v1/streams`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::GetStreamV1200Response,
            crate::SdkError<GetStreamV1Error>,
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
            crate::Response<models::GetStreamV1200Response>,
            crate::SdkError<GetStreamV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getStreamV1",
            self.options,
            move |client| {
                let path = "/ssf/v1/streams";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.stream_id {
                    query.push(("stream_id", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SharedSignalsFrameworkSsfApi::set_stream_configuration_v1`](SharedSignalsFrameworkSsfApi::set_stream_configuration_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type SetStreamConfigurationV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SharedSignalsFrameworkSsfApi::set_stream_configuration_v1`](SharedSignalsFrameworkSsfApi::set_stream_configuration_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetStreamConfigurationV1 {
    client: crate::Client,
    options: crate::request::Options,
    replacestreamconfigurationrequest: models::Replacestreamconfigurationrequest,
}

impl SetStreamConfigurationV1 {
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

    /// Sends the request: `PUT /ssf/v1/streams`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Updatestreamconfigresponse,
            crate::SdkError<SetStreamConfigurationV1Error>,
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
            crate::Response<models::Updatestreamconfigresponse>,
            crate::SdkError<SetStreamConfigurationV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setStreamConfigurationV1",
            self.options,
            move |client| {
                let path = "/ssf/v1/streams";
                let mut request = client.request(reqwest::Method::PUT, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.replacestreamconfigurationrequest;
                    request = crate::request::with_json(
                        "setStreamConfigurationV1",
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

/// The error statuses of [`SharedSignalsFrameworkSsfApi::create_stream_v1`](SharedSignalsFrameworkSsfApi::create_stream_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateStreamV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SharedSignalsFrameworkSsfApi::create_stream_v1`](SharedSignalsFrameworkSsfApi::create_stream_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateStreamV1 {
    client: crate::Client,
    options: crate::request::Options,
    createstreamrequest: models::Createstreamrequest,
}

impl CreateStreamV1 {
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

    /// Sends the request: `POST /ssf/v1/streams`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Streamconfigresponse,
            crate::SdkError<CreateStreamV1Error>,
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
            crate::Response<models::Streamconfigresponse>,
            crate::SdkError<CreateStreamV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createStreamV1",
            self.options,
            move |client| {
                let path = "/ssf/v1/streams";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.createstreamrequest;
                    request = crate::request::with_json(
                        "createStreamV1",
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

/// The error statuses of [`SharedSignalsFrameworkSsfApi::delete_stream_v1`](SharedSignalsFrameworkSsfApi::delete_stream_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteStreamV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SharedSignalsFrameworkSsfApi::delete_stream_v1`](SharedSignalsFrameworkSsfApi::delete_stream_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteStreamV1 {
    client: crate::Client,
    options: crate::request::Options,
    stream_id: String,
}

impl DeleteStreamV1 {
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

    /// Sends the request: `DELETE /ssf/v1/streams`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteStreamV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteStreamV1Error>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteStreamV1",
            self.options,
            move |client| {
                let path = "/ssf/v1/streams";
                let mut request = client.request(reqwest::Method::DELETE, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                {
                    let value = &self.stream_id;
                    query.push(("stream_id", value.clone()));
                }
                request = request.query(&query);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SharedSignalsFrameworkSsfApi::update_stream_configuration_v1`](SharedSignalsFrameworkSsfApi::update_stream_configuration_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateStreamConfigurationV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SharedSignalsFrameworkSsfApi::update_stream_configuration_v1`](SharedSignalsFrameworkSsfApi::update_stream_configuration_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateStreamConfigurationV1 {
    client: crate::Client,
    options: crate::request::Options,
    updatestreamconfigurationrequest: models::Updatestreamconfigurationrequest,
}

impl UpdateStreamConfigurationV1 {
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

    /// Sends the request: `PATCH /ssf/v1/streams`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Updatestreamconfigresponse,
            crate::SdkError<UpdateStreamConfigurationV1Error>,
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
            crate::Response<models::Updatestreamconfigresponse>,
            crate::SdkError<UpdateStreamConfigurationV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateStreamConfigurationV1",
            self.options,
            move |client| {
                let path = "/ssf/v1/streams";
                let mut request = client.request(reqwest::Method::PATCH, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.updatestreamconfigurationrequest;
                    request = crate::request::with_json(
                        "updateStreamConfigurationV1",
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

/// The error statuses of [`SharedSignalsFrameworkSsfApi::get_stream_status_v1`](SharedSignalsFrameworkSsfApi::get_stream_status_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetStreamStatusV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SharedSignalsFrameworkSsfApi::get_stream_status_v1`](SharedSignalsFrameworkSsfApi::get_stream_status_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetStreamStatusV1 {
    client: crate::Client,
    options: crate::request::Options,
    stream_id: String,
}

impl GetStreamStatusV1 {
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

    /// Sends the request: `GET /ssf/v1/streams/status`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Streamstatusresponse,
            crate::SdkError<GetStreamStatusV1Error>,
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
            crate::Response<models::Streamstatusresponse>,
            crate::SdkError<GetStreamStatusV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getStreamStatusV1",
            self.options,
            move |client| {
                let path = "/ssf/v1/streams/status";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                {
                    let value = &self.stream_id;
                    query.push(("stream_id", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SharedSignalsFrameworkSsfApi::update_stream_status_v1`](SharedSignalsFrameworkSsfApi::update_stream_status_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateStreamStatusV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SharedSignalsFrameworkSsfApi::update_stream_status_v1`](SharedSignalsFrameworkSsfApi::update_stream_status_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateStreamStatusV1 {
    client: crate::Client,
    options: crate::request::Options,
    updatestreamstatusrequest: models::Updatestreamstatusrequest,
}

impl UpdateStreamStatusV1 {
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

    /// Sends the request: `POST /ssf/v1/streams/status`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Streamstatusresponse,
            crate::SdkError<UpdateStreamStatusV1Error>,
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
            crate::Response<models::Streamstatusresponse>,
            crate::SdkError<UpdateStreamStatusV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateStreamStatusV1",
            self.options,
            move |client| {
                let path = "/ssf/v1/streams/status";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.updatestreamstatusrequest;
                    request = crate::request::with_json(
                        "updateStreamStatusV1",
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

/// The error statuses of [`SharedSignalsFrameworkSsfApi::send_stream_verification_v1`](SharedSignalsFrameworkSsfApi::send_stream_verification_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SendStreamVerificationV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SharedSignalsFrameworkSsfApi::send_stream_verification_v1`](SharedSignalsFrameworkSsfApi::send_stream_verification_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SendStreamVerificationV1 {
    client: crate::Client,
    options: crate::request::Options,
    verificationrequest: models::Verificationrequest,
}

impl SendStreamVerificationV1 {
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

    /// Sends the request: `POST /ssf/v1/streams/verify`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<SendStreamVerificationV1Error>>,
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
            crate::SdkError<SendStreamVerificationV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "sendStreamVerificationV1",
            self.options,
            move |client| {
                let path = "/ssf/v1/streams/verify";
                let mut request = client.request(reqwest::Method::POST, path);
                {
                    let value = &self.verificationrequest;
                    request = crate::request::with_json(
                        "sendStreamVerificationV1",
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
