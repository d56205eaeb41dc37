//! Use this API to implement password sync group functionality.
//! With this functionality in place, administrators can group sources into password sync groups so that all their applications share the same password.
//! This allows users to update the password for all the applications in a sync group if they want, rather than updating each password individually.
//!
//! A password sync group is a group of applications that shares a password.
//! Administrators create these groups by grouping the applications' sources.
//! For example, an administrator can group the ActiveDirectory, GitHub, and G Suite sources together so that all those sources' applications can also be grouped to share a password.
//! A user can then update his or her password for ActiveDirectory, GitHub, Gmail, Google Drive, and Google Calendar all at once, rather then updating each one individually.
//!
//! The following are required for administrators to create a password sync group in Identity Security Cloud:
//!
//! - At least two direct connect sources connected to Identity Security Cloud and configured for Password Management.
//!
//! - Each authentication source in a sync group must have at least one application. Refer to [Adding and Resetting Application Passwords](https://documentation.sailpoint.com/saas/help/pwd/adv_config.html#adding-and-resetting-application-passwords) for more information about adding applications to sources.
//!
//! - At least one password policy. Refer to [Managing Password Policies](https://documentation.sailpoint.com/saas/help/pwd/pwd_policies/index.html) for more information about password policies.
//!
//! In the Admin panel in Identity Security Cloud, administrators can use the Password Mgmt dropdown menu to select Sync Groups.
//! To create a sync group, administrators must provide a name, choose a password policy to be enforced across the sources in the sync group, and select the sources to include in the sync group.
//!
//! Administrators can also delete sync groups in Identity Security Cloud, but they should know the following before they do:
//!
//! - Passwords related to the associated sources will become independent, so changing one will not change the others anymore.
//!
//! - Passwords for the sources' connected applications will also become independent.
//!
//! - Password policies assigned to the sync group are then assigned directly to the associated sources.
//!   To change the password policy for a source, administrators must edit it directly.
//!
//! Once the password sync group has been created, users can update the password for the group in Password Manager.
//!
//! Refer to [Managing Password Sync Groups](https://documentation.sailpoint.com/saas/help/pwd/sync_grps.html) for more information about password sync groups.

use crate::models;

/// The Password Sync Groups operations: get them from [`Client::password_sync_groups`](crate::Client::password_sync_groups).
#[derive(Debug, Clone, Copy)]
pub struct PasswordSyncGroupsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Password Sync Groups operations.
    #[inline]
    pub fn password_sync_groups(&self) -> PasswordSyncGroupsApi<'_> {
        PasswordSyncGroupsApi {
            client: self,
        }
    }
}

impl<'a> PasswordSyncGroupsApi<'a> {
    /// Get password sync group list
    ///
    /// This API returns a list of password sync groups.
    ///
    /// `GET /password-sync-groups/v1` (`getPasswordSyncGroupsV1`)
    #[inline]
    pub fn get_password_sync_groups_v1(&self) -> GetPasswordSyncGroupsV1 {
        GetPasswordSyncGroupsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create password sync group
    ///
    /// This API creates a password sync group based on the specifications provided.
    ///
    /// `POST /password-sync-groups/v1` (`createPasswordSyncGroupV1`)
    #[inline]
    pub fn create_password_sync_group_v1(
        &self,
        passwordsyncgroup: models::Passwordsyncgroup,
    ) -> CreatePasswordSyncGroupV1 {
        CreatePasswordSyncGroupV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            passwordsyncgroup,
        }
    }

    /// Get password sync group by id
    ///
    /// This API returns the sync group for the specified ID.
    ///
    /// `GET /password-sync-groups/v1/{id}` (`getPasswordSyncGroupV1`)
    #[inline]
    pub fn get_password_sync_group_v1(
        &self,
        id: impl Into<String>,
    ) -> GetPasswordSyncGroupV1 {
        GetPasswordSyncGroupV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update password sync group by id
    ///
    /// This API updates the specified password sync group.
    ///
    /// `PUT /password-sync-groups/v1/{id}` (`updatePasswordSyncGroupV1`)
    #[inline]
    pub fn update_password_sync_group_v1(
        &self,
        id: impl Into<String>,
        passwordsyncgroup: models::Passwordsyncgroup,
    ) -> UpdatePasswordSyncGroupV1 {
        UpdatePasswordSyncGroupV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            passwordsyncgroup,
        }
    }

    /// Delete password sync group by id
    ///
    /// This API deletes the specified password sync group.
    ///
    /// `DELETE /password-sync-groups/v1/{id}` (`deletePasswordSyncGroupV1`)
    #[inline]
    pub fn delete_password_sync_group_v1(
        &self,
        id: impl Into<String>,
    ) -> DeletePasswordSyncGroupV1 {
        DeletePasswordSyncGroupV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }
}

/// The error statuses of [`PasswordSyncGroupsApi::get_password_sync_groups_v1`](PasswordSyncGroupsApi::get_password_sync_groups_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetPasswordSyncGroupsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`PasswordSyncGroupsApi::get_password_sync_groups_v1`](PasswordSyncGroupsApi::get_password_sync_groups_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPasswordSyncGroupsV1 {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetPasswordSyncGroupsV1 {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
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
    /// listing plans its pages from the total the first page counts and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /password-sync-groups/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Passwordsyncgroup>,
            crate::SdkError<GetPasswordSyncGroupsV1Error>,
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
            crate::Page<models::Passwordsyncgroup>,
            crate::SdkError<GetPasswordSyncGroupsV1Error>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow, planned from the total the first page counts; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::Passwordsyncgroup,
            crate::SdkError<GetPasswordSyncGroupsV1Error>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: true,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, count| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
                if count {
                    request.count = Some(true);
                }
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
            crate::Response<Vec<models::Passwordsyncgroup>>,
            crate::SdkError<GetPasswordSyncGroupsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getPasswordSyncGroupsV1",
            self.options,
            move |client| {
                let path = "/password-sync-groups/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`PasswordSyncGroupsApi::create_password_sync_group_v1`](PasswordSyncGroupsApi::create_password_sync_group_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreatePasswordSyncGroupV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`PasswordSyncGroupsApi::create_password_sync_group_v1`](PasswordSyncGroupsApi::create_password_sync_group_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreatePasswordSyncGroupV1 {
    client: crate::Client,
    options: crate::request::Options,
    passwordsyncgroup: models::Passwordsyncgroup,
}

impl CreatePasswordSyncGroupV1 {
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

    /// Sends the request: `POST /password-sync-groups/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Passwordsyncgroup,
            crate::SdkError<CreatePasswordSyncGroupV1Error>,
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
            crate::Response<models::Passwordsyncgroup>,
            crate::SdkError<CreatePasswordSyncGroupV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createPasswordSyncGroupV1",
            self.options,
            move |client| {
                let path = "/password-sync-groups/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.passwordsyncgroup;
                    request = crate::request::with_json(
                        "createPasswordSyncGroupV1",
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

/// The error statuses of [`PasswordSyncGroupsApi::get_password_sync_group_v1`](PasswordSyncGroupsApi::get_password_sync_group_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetPasswordSyncGroupV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`PasswordSyncGroupsApi::get_password_sync_group_v1`](PasswordSyncGroupsApi::get_password_sync_group_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPasswordSyncGroupV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetPasswordSyncGroupV1 {
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

    /// Sends the request: `GET /password-sync-groups/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Passwordsyncgroup,
            crate::SdkError<GetPasswordSyncGroupV1Error>,
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
            crate::Response<models::Passwordsyncgroup>,
            crate::SdkError<GetPasswordSyncGroupV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getPasswordSyncGroupV1",
            self.options,
            move |client| {
                let path = [
                    "/password-sync-groups/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`PasswordSyncGroupsApi::update_password_sync_group_v1`](PasswordSyncGroupsApi::update_password_sync_group_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdatePasswordSyncGroupV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`PasswordSyncGroupsApi::update_password_sync_group_v1`](PasswordSyncGroupsApi::update_password_sync_group_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdatePasswordSyncGroupV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    passwordsyncgroup: models::Passwordsyncgroup,
}

impl UpdatePasswordSyncGroupV1 {
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

    /// Sends the request: `PUT /password-sync-groups/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Passwordsyncgroup,
            crate::SdkError<UpdatePasswordSyncGroupV1Error>,
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
            crate::Response<models::Passwordsyncgroup>,
            crate::SdkError<UpdatePasswordSyncGroupV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updatePasswordSyncGroupV1",
            self.options,
            move |client| {
                let path = [
                    "/password-sync-groups/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.passwordsyncgroup;
                    request = crate::request::with_json(
                        "updatePasswordSyncGroupV1",
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

/// The error statuses of [`PasswordSyncGroupsApi::delete_password_sync_group_v1`](PasswordSyncGroupsApi::delete_password_sync_group_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeletePasswordSyncGroupV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`PasswordSyncGroupsApi::delete_password_sync_group_v1`](PasswordSyncGroupsApi::delete_password_sync_group_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeletePasswordSyncGroupV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeletePasswordSyncGroupV1 {
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

    /// Sends the request: `DELETE /password-sync-groups/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeletePasswordSyncGroupV1Error>>,
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
            crate::SdkError<DeletePasswordSyncGroupV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deletePasswordSyncGroupV1",
            self.options,
            move |client| {
                let path = [
                    "/password-sync-groups/v1/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}
