//! Use this API to submit and retrieve machine account creation requests.

use crate::models;

/// The Machine Account Creation Request operations: get them from [`Client::machine_account_creation_request`](crate::Client::machine_account_creation_request).
#[derive(Debug, Clone, Copy)]
pub struct MachineAccountCreationRequestApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Machine Account Creation Request operations.
    #[inline]
    pub fn machine_account_creation_request(
        &self,
    ) -> MachineAccountCreationRequestApi<'_> {
        MachineAccountCreationRequestApi {
            client: self,
        }
    }
}

impl<'a> MachineAccountCreationRequestApi<'a> {
    /// Submit Machine Account Creation Request
    ///
    /// Initiates machine account creation request for the specified subtype.
    /// This method validates the input data, processes the machine account creation request,
    /// and generates an asynchronous result containing a tracking ID.
    ///
    /// >**NOTE: You can only request a machine accounts on subtype for which you have a create machine account entitlement provisioned.**
    ///
    /// `POST /account-requests/v1/machine-account-create` (`createMachineAccountRequestV1`)
    #[inline]
    pub fn create_machine_account_request_v1(
        &self,
        machineaccountcreaterequestinput: models::Machineaccountcreaterequestinput,
    ) -> CreateMachineAccountRequestV1 {
        CreateMachineAccountRequestV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            machineaccountcreaterequestinput,
        }
    }

    /// Get Machine Account Creation Request
    ///
    /// Retrieves a account request details for machine account creation. This allows the user to view all details for given account request.
    ///
    /// `GET /account-requests/v1/machine-account-create/{accountRequestId}` (`getCreateMachineAccountRequestV1`)
    #[inline]
    pub fn get_create_machine_account_request_v1(
        &self,
        account_request_id: impl Into<String>,
    ) -> GetCreateMachineAccountRequestV1 {
        GetCreateMachineAccountRequestV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            account_request_id: account_request_id.into(),
        }
    }

    /// Machine Account Create Access
    ///
    /// This endpoint retrieves the list of sources and subtypes for which logged in user has the entitlement to create a machine account.
    /// The response includes a list of object detailing the source, subtype and entitlement details which enables the clients to understand if they can submit the request to create a machine account for the given subtype.
    ///
    /// `GET /source-subtypes/v1/machine-account-create-access` (`getMachineAccountCreateAccessInfoV1`)
    #[inline]
    pub fn get_machine_account_create_access_info_v1(
        &self,
    ) -> GetMachineAccountCreateAccessInfoV1 {
        GetMachineAccountCreateAccessInfoV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            offset: None,
            limit: None,
            listing: crate::pagination::Listing::default(),
        }
    }
}

/// The error statuses of [`MachineAccountCreationRequestApi::create_machine_account_request_v1`](MachineAccountCreationRequestApi::create_machine_account_request_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateMachineAccountRequestV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MachineAccountCreationRequestApi::create_machine_account_request_v1`](MachineAccountCreationRequestApi::create_machine_account_request_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateMachineAccountRequestV1 {
    client: crate::Client,
    options: crate::request::Options,
    machineaccountcreaterequestinput: models::Machineaccountcreaterequestinput,
}

impl CreateMachineAccountRequestV1 {
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

    /// Sends the request: `POST /account-requests/v1/machine-account-create`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::MachineAccountCreationRequestAccountrequestasyncresult,
            crate::SdkError<CreateMachineAccountRequestV1Error>,
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
            crate::Response<
                models::MachineAccountCreationRequestAccountrequestasyncresult,
            >,
            crate::SdkError<CreateMachineAccountRequestV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createMachineAccountRequestV1",
            self.options,
            move |client| {
                let path = "/account-requests/v1/machine-account-create";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.machineaccountcreaterequestinput;
                    request = crate::request::with_json(
                        "createMachineAccountRequestV1",
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

/// The error statuses of [`MachineAccountCreationRequestApi::get_create_machine_account_request_v1`](MachineAccountCreationRequestApi::get_create_machine_account_request_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetCreateMachineAccountRequestV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MachineAccountCreationRequestApi::get_create_machine_account_request_v1`](MachineAccountCreationRequestApi::get_create_machine_account_request_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCreateMachineAccountRequestV1 {
    client: crate::Client,
    options: crate::request::Options,
    account_request_id: String,
}

impl GetCreateMachineAccountRequestV1 {
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

    /// Sends the request: `GET /account-requests/v1/machine-account-create/{accountRequestId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accountrequestdetailsdto,
            crate::SdkError<GetCreateMachineAccountRequestV1Error>,
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
            crate::Response<models::Accountrequestdetailsdto>,
            crate::SdkError<GetCreateMachineAccountRequestV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCreateMachineAccountRequestV1",
            self.options,
            move |client| {
                let path = [
                    "/account-requests/v1/machine-account-create/",
                    &crate::request::path_segment(&self.account_request_id),
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

/// The error statuses of [`MachineAccountCreationRequestApi::get_machine_account_create_access_info_v1`](MachineAccountCreationRequestApi::get_machine_account_create_access_info_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetMachineAccountCreateAccessInfoV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MachineAccountCreationRequestApi::get_machine_account_create_access_info_v1`](MachineAccountCreationRequestApi::get_machine_account_create_access_info_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMachineAccountCreateAccessInfoV1 {
    client: crate::Client,
    options: crate::request::Options,
    offset: Option<i64>,
    limit: Option<i64>,
    listing: crate::pagination::Listing,
}

impl GetMachineAccountCreateAccessInfoV1 {
    /// Offset
    ///
    /// Integer specifying the offset of the first result from the beginning of the collection. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// The offset value is record-based, not page-based, and the index starts at 0.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i64) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Limit
    ///
    /// Integer specifying the maximum number of records to return in a single API call. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// If it is not specified, a default limit is used.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
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

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /source-subtypes/v1/machine-account-create-access`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Machineaccountcreateaccessdto>,
            crate::SdkError<GetMachineAccountCreateAccessInfoV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Page<models::Machineaccountcreateaccessdto>,
            crate::SdkError<GetMachineAccountCreateAccessInfoV1Error>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::Machineaccountcreateaccessdto,
            crate::SdkError<GetMachineAccountCreateAccessInfoV1Error>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: false,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, _| {
                request.offset = Some(offset);
                request.limit = Some(limit);
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::Machineaccountcreateaccessdto>>,
            crate::SdkError<GetMachineAccountCreateAccessInfoV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getMachineAccountCreateAccessInfoV1",
            self.options,
            move |client| {
                let path = "/source-subtypes/v1/machine-account-create-access";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
