//! Use this API to implement account aggregation progress tracking functionality.
//! With this functionality in place, administrators can view in-progress account aggregations, their statuses, and their relevant details.
//!
//! An account aggregation refers to the process Identity Security Cloud uses to gather and load account data from a source into Identity Security Cloud.
//!
//! Whenever Identity Security Cloud is in the process of aggregating a source, it adds an entry to the Aggregation Activity Log, along with its relevant details.
//! To view aggregation activity, administrators can select the Connections drop-down menu, select Sources, and select the relevant source, select its Import Data tab, and select Account Aggregation.
//! In Account Aggregation, administrators can view the account aggregations' statuses and details in the Account Activity Log.
//!
//! Refer to [Loading Account Data](https://documentation.sailpoint.com/saas/help/accounts/loading_data.html) for more information about account aggregations.
//!
//! If you are looking for the endpoint for account aggregations in a source, [click here](https://developer.sailpoint.com/docs/api/import-accounts-v-1)

use crate::models;

/// The Account Aggregations operations: get them from [`Client::account_aggregations`](crate::Client::account_aggregations).
#[derive(Debug, Clone, Copy)]
pub struct AccountAggregationsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Account Aggregations operations.
    #[inline]
    pub fn account_aggregations(&self) -> AccountAggregationsApi<'_> {
        AccountAggregationsApi {
            client: self,
        }
    }
}

impl<'a> AccountAggregationsApi<'a> {
    /// In-progress account aggregation status
    ///
    /// This API returns the status of an *in-progress* account aggregation, along with the total number of **NEW**, **CHANGED** and **DELETED** accounts found since the previous aggregation, and the number of those accounts that have been processed so far.
    ///
    /// Accounts that have not changed since the previous aggregation are not included in **totalAccounts** and **processedAccounts** counts returned by this API. This is distinct from **Accounts Scanned** shown in the Aggregation UI, which indicates total accounts scanned regardless of whether they changed or not.
    ///
    /// Since this endpoint reports on the status of an *in-progress* account aggregation, totalAccounts and processedAccounts may change between calls to this endpoint.
    ///
    /// *Only available up to an hour after the aggregation completes. May respond with *404 Not Found* after that.*
    /// required to call this API.
    ///
    /// `GET /account-aggregations/v1/{id}/status` (`getAccountAggregationStatusV1`)
    #[inline]
    pub fn get_account_aggregation_status_v1(
        &self,
        id: impl Into<String>,
    ) -> GetAccountAggregationStatusV1 {
        GetAccountAggregationStatusV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }
}

/// The error statuses of [`AccountAggregationsApi::get_account_aggregation_status_v1`](AccountAggregationsApi::get_account_aggregation_status_v1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetAccountAggregationStatusV1Error {
    /// 400: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    BadRequest(models::Error401Response),
    /// 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(models::Error401Response),
    /// 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(models::Errorresponsedto),
    /// 404: Not Found - returned if the request URL refers to a resource or object that does not exist
    NotFound(models::Errorresponsedto),
    /// 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
    TooManyRequests(models::Error429Response),
    /// 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(models::Errorresponsedto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetAccountAggregationStatusV1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    GetAccountAggregationStatusV1Error::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    GetAccountAggregationStatusV1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    GetAccountAggregationStatusV1Error::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    GetAccountAggregationStatusV1Error::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    GetAccountAggregationStatusV1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    GetAccountAggregationStatusV1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => GetAccountAggregationStatusV1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        GetAccountAggregationStatusV1Error::Other
    }
}

/// The request of [`AccountAggregationsApi::get_account_aggregation_status_v1`](AccountAggregationsApi::get_account_aggregation_status_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccountAggregationStatusV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetAccountAggregationStatusV1 {
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

    /// Sends the request: `GET /account-aggregations/v1/{id}/status`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accountaggregationstatus,
            crate::SdkError<GetAccountAggregationStatusV1Error>,
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
            crate::Response<models::Accountaggregationstatus>,
            crate::SdkError<GetAccountAggregationStatusV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAccountAggregationStatusV1",
            self.options,
            move |client| {
                let path = [
                    "/account-aggregations/v1/",
                    &crate::request::path_segment(&self.id),
                    "/status",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
