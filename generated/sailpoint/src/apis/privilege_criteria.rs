//! Use this API to create, retrieve, update, and delete privilege criteria.

use crate::models;

/// The Privilege Criteria operations: get them from [`Client::privilege_criteria`](crate::Client::privilege_criteria).
#[derive(Debug, Clone, Copy)]
pub struct PrivilegeCriteriaApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Privilege Criteria operations.
    #[inline]
    pub fn privilege_criteria(&self) -> PrivilegeCriteriaApi<'_> {
        PrivilegeCriteriaApi {
            client: self,
        }
    }
}

impl<'a> PrivilegeCriteriaApi<'a> {
    /// List privilege criteria
    ///
    /// Use this API to list all privilege criteria matching a filter
    ///
    /// `GET /criteria/v1/privilege` (`listPrivilegeCriteriaV1`)
    #[inline]
    pub fn list_privilege_criteria_v1(
        &self,
        filters: impl Into<String>,
    ) -> ListPrivilegeCriteriaV1 {
        ListPrivilegeCriteriaV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            filters: filters.into(),
        }
    }

    /// Create custom privilege criteria
    ///
    /// Use this API to create a custom privilege criteria
    ///
    /// `POST /criteria/v1/privilege` (`createCustomPrivilegeCriteriaV1`)
    #[inline]
    pub fn create_custom_privilege_criteria_v1(
        &self,
        createprivilegecriteriarequest: models::Createprivilegecriteriarequest,
    ) -> CreateCustomPrivilegeCriteriaV1 {
        CreateCustomPrivilegeCriteriaV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            createprivilegecriteriarequest,
        }
    }

    /// Get privilege criteria
    ///
    /// Use this API to get a specific privilege criteria.
    ///
    /// `GET /criteria/v1/privilege/{criteriaId}` (`getPrivilegeCriteriaV1`)
    #[inline]
    pub fn get_privilege_criteria_v1(
        &self,
        criteria_id: impl Into<String>,
    ) -> GetPrivilegeCriteriaV1 {
        GetPrivilegeCriteriaV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            criteria_id: criteria_id.into(),
        }
    }

    /// Update privilege criteria
    ///
    /// Use this API to update a specific custom privilege criteria by overwriting the information with new information.
    ///
    /// `PUT /criteria/v1/privilege/{criteriaId}` (`putCustomPrivilegeCriteriaValueV1`)
    #[inline]
    pub fn put_custom_privilege_criteria_value_v1(
        &self,
        criteria_id: impl Into<String>,
        privilegecriteriadto: models::Privilegecriteriadto,
    ) -> PutCustomPrivilegeCriteriaValueV1 {
        PutCustomPrivilegeCriteriaValueV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            criteria_id: criteria_id.into(),
            privilegecriteriadto,
        }
    }

    /// Delete privilege criteria
    ///
    /// Use this API to delete a specific custom privilege criteria.
    ///
    /// `DELETE /criteria/v1/privilege/{criteriaId}` (`deleteCustomPrivilegeCriteriaV1`)
    #[inline]
    pub fn delete_custom_privilege_criteria_v1(
        &self,
        criteria_id: impl Into<String>,
    ) -> DeleteCustomPrivilegeCriteriaV1 {
        DeleteCustomPrivilegeCriteriaV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            criteria_id: criteria_id.into(),
        }
    }
}

/// The error statuses of [`PrivilegeCriteriaApi::list_privilege_criteria_v1`](PrivilegeCriteriaApi::list_privilege_criteria_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListPrivilegeCriteriaV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`PrivilegeCriteriaApi::list_privilege_criteria_v1`](PrivilegeCriteriaApi::list_privilege_criteria_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListPrivilegeCriteriaV1 {
    client: crate::Client,
    options: crate::request::Options,
    filters: String,
}

impl ListPrivilegeCriteriaV1 {
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

    /// Sends the request: `GET /criteria/v1/privilege`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Privilegecriteriadto>,
            crate::SdkError<ListPrivilegeCriteriaV1Error>,
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
            crate::Response<Vec<models::Privilegecriteriadto>>,
            crate::SdkError<ListPrivilegeCriteriaV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listPrivilegeCriteriaV1",
            self.options,
            move |client| {
                let path = "/criteria/v1/privilege";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                {
                    let value = &self.filters;
                    query.push(("filters", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`PrivilegeCriteriaApi::create_custom_privilege_criteria_v1`](PrivilegeCriteriaApi::create_custom_privilege_criteria_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateCustomPrivilegeCriteriaV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`PrivilegeCriteriaApi::create_custom_privilege_criteria_v1`](PrivilegeCriteriaApi::create_custom_privilege_criteria_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateCustomPrivilegeCriteriaV1 {
    client: crate::Client,
    options: crate::request::Options,
    createprivilegecriteriarequest: models::Createprivilegecriteriarequest,
}

impl CreateCustomPrivilegeCriteriaV1 {
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

    /// Sends the request: `POST /criteria/v1/privilege`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Privilegecriteriadto,
            crate::SdkError<CreateCustomPrivilegeCriteriaV1Error>,
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
            crate::Response<models::Privilegecriteriadto>,
            crate::SdkError<CreateCustomPrivilegeCriteriaV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createCustomPrivilegeCriteriaV1",
            self.options,
            move |client| {
                let path = "/criteria/v1/privilege";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.createprivilegecriteriarequest;
                    request = crate::request::with_json(
                        "createCustomPrivilegeCriteriaV1",
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

/// The error statuses of [`PrivilegeCriteriaApi::get_privilege_criteria_v1`](PrivilegeCriteriaApi::get_privilege_criteria_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetPrivilegeCriteriaV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`PrivilegeCriteriaApi::get_privilege_criteria_v1`](PrivilegeCriteriaApi::get_privilege_criteria_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPrivilegeCriteriaV1 {
    client: crate::Client,
    options: crate::request::Options,
    criteria_id: String,
}

impl GetPrivilegeCriteriaV1 {
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

    /// Sends the request: `GET /criteria/v1/privilege/{criteriaId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Privilegecriteriadto,
            crate::SdkError<GetPrivilegeCriteriaV1Error>,
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
            crate::Response<models::Privilegecriteriadto>,
            crate::SdkError<GetPrivilegeCriteriaV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getPrivilegeCriteriaV1",
            self.options,
            move |client| {
                let path = [
                    "/criteria/v1/privilege/",
                    &crate::request::path_segment(&self.criteria_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`PrivilegeCriteriaApi::put_custom_privilege_criteria_value_v1`](PrivilegeCriteriaApi::put_custom_privilege_criteria_value_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type PutCustomPrivilegeCriteriaValueV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`PrivilegeCriteriaApi::put_custom_privilege_criteria_value_v1`](PrivilegeCriteriaApi::put_custom_privilege_criteria_value_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutCustomPrivilegeCriteriaValueV1 {
    client: crate::Client,
    options: crate::request::Options,
    criteria_id: String,
    privilegecriteriadto: models::Privilegecriteriadto,
}

impl PutCustomPrivilegeCriteriaValueV1 {
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

    /// Sends the request: `PUT /criteria/v1/privilege/{criteriaId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Privilegecriteriadto,
            crate::SdkError<PutCustomPrivilegeCriteriaValueV1Error>,
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
            crate::Response<models::Privilegecriteriadto>,
            crate::SdkError<PutCustomPrivilegeCriteriaValueV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putCustomPrivilegeCriteriaValueV1",
            self.options,
            move |client| {
                let path = [
                    "/criteria/v1/privilege/",
                    &crate::request::path_segment(&self.criteria_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.privilegecriteriadto;
                    request = crate::request::with_json(
                        "putCustomPrivilegeCriteriaValueV1",
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

/// The error statuses of [`PrivilegeCriteriaApi::delete_custom_privilege_criteria_v1`](PrivilegeCriteriaApi::delete_custom_privilege_criteria_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteCustomPrivilegeCriteriaV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`PrivilegeCriteriaApi::delete_custom_privilege_criteria_v1`](PrivilegeCriteriaApi::delete_custom_privilege_criteria_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteCustomPrivilegeCriteriaV1 {
    client: crate::Client,
    options: crate::request::Options,
    criteria_id: String,
}

impl DeleteCustomPrivilegeCriteriaV1 {
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

    /// Sends the request: `DELETE /criteria/v1/privilege/{criteriaId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteCustomPrivilegeCriteriaV1Error>>,
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
            crate::SdkError<DeleteCustomPrivilegeCriteriaV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteCustomPrivilegeCriteriaV1",
            self.options,
            move |client| {
                let path = [
                    "/criteria/v1/privilege/",
                    &crate::request::path_segment(&self.criteria_id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}
