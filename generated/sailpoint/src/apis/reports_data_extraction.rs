//! Use this API to implement reports lifecycle managing and monitoring.
//! With this functionality in place, users can run reports, view their results, and cancel reports in progress.
//! This can be potentially helpful for auditing purposes.

use crate::models;

/// The Reports Data Extraction operations: get them from [`Client::reports_data_extraction`](crate::Client::reports_data_extraction).
#[derive(Debug, Clone, Copy)]
pub struct ReportsDataExtractionApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Reports Data Extraction operations.
    #[inline]
    pub fn reports_data_extraction(&self) -> ReportsDataExtractionApi<'_> {
        ReportsDataExtractionApi {
            client: self,
        }
    }
}

impl<'a> ReportsDataExtractionApi<'a> {
    /// Get report result
    ///
    /// Get the report results for a report that was run or is running. Returns empty report result in case there are no active task definitions with used in payload task definition name.
    ///
    /// `GET /reports/v1/{taskResultId}/result` (`getReportResultV1`)
    #[inline]
    pub fn get_report_result_v1(
        &self,
        task_result_id: impl Into<String>,
    ) -> GetReportResultV1 {
        GetReportResultV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            task_result_id: task_result_id.into(),
            completed: None,
        }
    }

    /// Run report
    ///
    /// Use this API to run a report according to report input details. If non-concurrent task is already running then it returns, otherwise new task creates and returns.
    ///
    /// `POST /reports/v1/run` (`startReportV1`)
    #[inline]
    pub fn start_report_v1(
        &self,
        reportdetails: models::Reportdetails,
    ) -> StartReportV1 {
        StartReportV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            reportdetails,
        }
    }

    /// Cancel report
    ///
    /// Cancels a running report.
    ///
    /// `POST /reports/v1/{id}/cancel` (`cancelReportV1`)
    #[inline]
    pub fn cancel_report_v1(&self, id: impl Into<String>) -> CancelReportV1 {
        CancelReportV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Get report file
    ///
    /// Gets a report in file format.
    ///
    /// `GET /reports/v1/{taskResultId}` (`getReportV1`)
    #[inline]
    pub fn get_report_v1(
        &self,
        task_result_id: impl Into<String>,
        file_format: models::GetReportV1FileFormat,
    ) -> GetReportV1 {
        GetReportV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            task_result_id: task_result_id.into(),
            file_format,
            name: None,
            auditable: None,
        }
    }
}

/// The error statuses of [`ReportsDataExtractionApi::get_report_result_v1`](ReportsDataExtractionApi::get_report_result_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetReportResultV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ReportsDataExtractionApi::get_report_result_v1`](ReportsDataExtractionApi::get_report_result_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetReportResultV1 {
    client: crate::Client,
    options: crate::request::Options,
    task_result_id: String,
    completed: Option<bool>,
}

impl GetReportResultV1 {
    /// state of task result to apply ordering when results are fetching from the DB
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn completed(mut self, completed: bool) -> Self {
        self.completed = Some(completed);
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

    /// Sends the request: `GET /reports/v1/{taskResultId}/result`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Reportresults, crate::SdkError<GetReportResultV1Error>>,
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
            crate::Response<models::Reportresults>,
            crate::SdkError<GetReportResultV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getReportResultV1",
            self.options,
            move |client| {
                let path = [
                    "/reports/v1/",
                    &crate::request::path_segment(&self.task_result_id),
                    "/result",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.completed {
                    query.push(("completed", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ReportsDataExtractionApi::start_report_v1`](ReportsDataExtractionApi::start_report_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type StartReportV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ReportsDataExtractionApi::start_report_v1`](ReportsDataExtractionApi::start_report_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartReportV1 {
    client: crate::Client,
    options: crate::request::Options,
    reportdetails: models::Reportdetails,
}

impl StartReportV1 {
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

    /// Sends the request: `POST /reports/v1/run`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Taskresultdetails, crate::SdkError<StartReportV1Error>>,
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
            crate::Response<models::Taskresultdetails>,
            crate::SdkError<StartReportV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "startReportV1",
            self.options,
            move |client| {
                let path = "/reports/v1/run";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.reportdetails;
                    request = crate::request::with_json(
                        "startReportV1",
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

/// The error statuses of [`ReportsDataExtractionApi::cancel_report_v1`](ReportsDataExtractionApi::cancel_report_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CancelReportV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ReportsDataExtractionApi::cancel_report_v1`](ReportsDataExtractionApi::cancel_report_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CancelReportV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl CancelReportV1 {
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

    /// Sends the request: `POST /reports/v1/{id}/cancel`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<CancelReportV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<CancelReportV1Error>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "cancelReportV1",
            self.options,
            move |client| {
                let path = [
                    "/reports/v1/",
                    &crate::request::path_segment(&self.id),
                    "/cancel",
                ]
                    .concat();
                let request = client.request(reqwest::Method::POST, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ReportsDataExtractionApi::get_report_v1`](ReportsDataExtractionApi::get_report_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetReportV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ReportsDataExtractionApi::get_report_v1`](ReportsDataExtractionApi::get_report_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetReportV1 {
    client: crate::Client,
    options: crate::request::Options,
    task_result_id: String,
    file_format: models::GetReportV1FileFormat,
    name: Option<String>,
    auditable: Option<bool>,
}

impl GetReportV1 {
    /// preferred Report file name, by default will be used report name from task result.
    #[inline]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Enables auditing for current report download. Will create an audit event and sent it to the REPORT cloud-audit kafka topic.  Event will be created if there is any result present by requested taskResultId.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn auditable(mut self, auditable: bool) -> Self {
        self.auditable = Some(auditable);
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

    /// Sends the request: `GET /reports/v1/{taskResultId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<Vec<u8>, crate::SdkError<GetReportV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<Vec<u8>>, crate::SdkError<GetReportV1Error>>,
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
            crate::SdkError<GetReportV1Error>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getReportV1",
            self.options,
            move |client| {
                let path = [
                    "/reports/v1/",
                    &crate::request::path_segment(&self.task_result_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                {
                    let value = &self.file_format;
                    query.push(("fileFormat", value.as_str().to_owned()));
                }
                if let Some(value) = &self.name {
                    query.push(("name", value.clone()));
                }
                if let Some(value) = &self.auditable {
                    query.push(("auditable", value.to_string()));
                }
                request = request.query(&query);
                request = request
                    .header(reqwest::header::ACCEPT, "application/csv, application/pdf");
                Ok(request)
            },
        )
    }
}
