//! Use this API to implement and customize account functionality.
//! With this functionality in place, administrators can manage users' access across sources in Identity Security Cloud.
//!
//! In Identity Security Cloud, an account refers to a user's account on a supported source.
//! This typically includes a unique identifier for the user, a unique password, a set of permissions associated with the source and a set of attributes. Identity Security Cloud loads accounts through the creation of sources in Identity Security Cloud.
//!
//! Administrators can correlate users' identities with the users' accounts on the different sources they use.
//! This allows Identity Security Cloud to govern the access of identities and all their correlated accounts securely and cohesively.
//!
//! To view the accounts on a source and their correlated identities, administrators can use the Connections drop-down menu, select Sources, select the relevant source, and select its Account tab.
//!
//! To view and edit source account statuses for an identity in Identity Security Cloud, administrators can use the Identities drop-down menu, select Identity List, select the relevant identity, and select its Accounts tab.
//! Administrators can toggle an account's Actions to aggregate the account, enable/disable it, unlock it, or remove it from the identity.
//!
//! Accounts can have the following statuses:
//!
//! - Enabled: The account is enabled. The user can access it.
//!
//! - Disabled: The account is disabled, and the user cannot access it, but the identity is not disabled in Identity Security Cloud. This can occur when an administrator disables the account or when the user's lifecycle state changes.
//!
//! - Locked: The account is locked. This may occur when someone has entered an incorrect password for the account too many times.
//!
//! - Pending: The account is currently updating. This status typically lasts seconds.
//!
//! Administrators can select the source account to view its attributes, entitlements, and the last time the account's password was changed.
//!
//! Refer to [Managing User Accounts](https://documentation.sailpoint.com/saas/help/accounts/identities.html?h=disabling+identities#managing-access) for more information about accounts.

use crate::models;

/// The Accounts operations: get them from [`Client::accounts`](crate::Client::accounts).
#[derive(Debug, Clone, Copy)]
pub struct AccountsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Accounts operations.
    #[inline]
    pub fn accounts(&self) -> AccountsApi<'_> {
        AccountsApi { client: self }
    }
}

impl<'a> AccountsApi<'a> {
    /// Accounts list
    ///
    /// List accounts.
    ///
    /// `GET /accounts/v1` (`listAccountsV1`)
    #[inline]
    pub fn list_accounts_v1(&self) -> ListAccountsV1 {
        ListAccountsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            count: None,
            detail_level: None,
            filters: None,
            sorters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create account
    ///
    /// Submit an account creation task - the API then returns the task ID.
    ///
    /// You must include the `sourceId` where the account will be created in the `attributes` object.
    ///
    /// This endpoint creates an account on the source record in your ISC tenant.
    /// This is useful for Flat File (`DelimitedFile`) type sources because it allows you to aggregate new accounts without needing to import a new CSV file every time.
    ///
    /// However, if you use this endpoint to create an account for a Direct Connection type source, you must ensure that the account also exists on the target source.
    /// The endpoint doesn't actually provision the account on the target source, which means that if the account doesn't also exist on the target source, an aggregation between the source and your tenant will remove it from your tenant.
    ///
    /// By providing the account ID of an existing account in the request body, this API will function as a PATCH operation and update the account.
    ///
    /// `POST /accounts/v1` (`createAccountV1`)
    #[inline]
    pub fn create_account_v1(
        &self,
        accountattributescreate: models::Accountattributescreate,
    ) -> CreateAccountV1 {
        CreateAccountV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            accountattributescreate,
        }
    }

    /// Account details
    ///
    /// Use this API to return the details for a single account by its ID.
    ///
    /// `GET /accounts/v1/{id}` (`getAccountV1`)
    #[inline]
    pub fn get_account_v1(&self, id: impl Into<String>) -> GetAccountV1 {
        GetAccountV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update account
    ///
    /// Use this API to update an account with a PUT request.
    ///
    /// This endpoint submits an account update task and returns the task ID.
    ///
    /// >**Note: You can only use this PUT endpoint to update accounts from flat file sources.**
    ///
    /// `PUT /accounts/v1/{id}` (`putAccountV1`)
    #[inline]
    pub fn put_account_v1(
        &self,
        id: impl Into<String>,
        accountattributes: models::Accountattributes,
    ) -> PutAccountV1 {
        PutAccountV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            accountattributes,
        }
    }

    /// Delete account
    ///
    /// Use this API to delete an account.
    /// This endpoint submits an account delete task and returns the task ID.
    /// This endpoint only deletes the account from IdentityNow, not the source itself, which can result in the account's returning with the next aggregation between the source and IdentityNow.  To avoid this scenario, it is recommended that you [disable accounts](https://developer.sailpoint.com/docs/api/disable-account-v-1) rather than delete them. This will also allow you to reenable the accounts in the future.
    /// >**NOTE: You can only delete accounts from sources of the "DelimitedFile" type.**
    ///
    /// `DELETE /accounts/v1/{id}` (`deleteAccountV1`)
    #[inline]
    pub fn delete_account_v1(&self, id: impl Into<String>) -> DeleteAccountV1 {
        DeleteAccountV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update account
    ///
    /// Use this API to update account details.
    ///
    /// This API supports updating an account's correlation by modifying the `identityId` and `manuallyCorrelated` fields.
    /// To reassign an account from one identity to another, replace the current `identityId` with a new value.
    /// If the account you're assigning was provisioned by Identity Security Cloud (ISC), it's possible for ISC to create a new account
    /// for the previous identity as soon as the account is moved. If the account you're assigning is authoritative,
    /// this causes the previous identity to become uncorrelated and can even result in its deletion.
    /// All accounts that are reassigned will be set to `manuallyCorrelated: true` unless you specify otherwise.
    ///
    /// >**Note:** The `attributes` field can only be modified for flat file accounts.
    ///
    /// `PATCH /accounts/v1/{id}` (`updateAccountV1`)
    #[inline]
    pub fn update_account_v1(
        &self,
        id: impl Into<String>,
        body: Vec<serde_json::Map<String, serde_json::Value>>,
    ) -> UpdateAccountV1 {
        UpdateAccountV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            body,
        }
    }

    /// Account entitlements
    ///
    /// This API returns entitlements of the account.
    ///
    /// `GET /accounts/v1/{id}/entitlements` (`getAccountEntitlementsV1`)
    #[inline]
    pub fn get_account_entitlements_v1(
        &self,
        id: impl Into<String>,
    ) -> GetAccountEntitlementsV1 {
        GetAccountEntitlementsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            limit: None,
            offset: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Reload account
    ///
    /// This API asynchronously reloads the account directly from the connector and performs a one-time aggregation process.
    ///
    /// `POST /accounts/v1/{id}/reload` (`submitReloadAccountV1`)
    #[inline]
    pub fn submit_reload_account_v1(
        &self,
        id: impl Into<String>,
    ) -> SubmitReloadAccountV1 {
        SubmitReloadAccountV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Enable account
    ///
    /// This API submits a task to enable account and returns the task ID.
    ///
    /// `POST /accounts/v1/{id}/enable` (`enableAccountV1`)
    #[inline]
    pub fn enable_account_v1(
        &self,
        id: impl Into<String>,
        accounttogglerequest: models::Accounttogglerequest,
    ) -> EnableAccountV1 {
        EnableAccountV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            accounttogglerequest,
        }
    }

    /// Disable account
    ///
    /// This API submits a task to disable the account and returns the task ID.
    ///
    /// `POST /accounts/v1/{id}/disable` (`disableAccountV1`)
    #[inline]
    pub fn disable_account_v1(
        &self,
        id: impl Into<String>,
        accounttogglerequest: models::Accounttogglerequest,
    ) -> DisableAccountV1 {
        DisableAccountV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            accounttogglerequest,
        }
    }

    /// Unlock account
    ///
    /// This API submits a task to unlock an account and returns the task ID.
    /// To use this endpoint to unlock an account that has the `forceProvisioning` option set to true, the `idn:accounts-provisioning:manage` scope is required.
    ///
    /// `POST /accounts/v1/{id}/unlock` (`unlockAccountV1`)
    #[inline]
    pub fn unlock_account_v1(
        &self,
        id: impl Into<String>,
        accountunlockrequest: models::Accountunlockrequest,
    ) -> UnlockAccountV1 {
        UnlockAccountV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            accountunlockrequest,
        }
    }

    /// Remove account
    ///
    /// Use this endpoint to remove accounts from the system without provisioning changes to the source. Accounts that are removed could be re-created during the next aggregation.
    ///
    /// This endpoint is good for:
    /// * Removing accounts that no longer exist on the source.
    /// * Removing accounts that won't be aggregated following updates to the source configuration.
    /// * Forcing accounts to be re-created following the next aggregation to re-run account processing, support testing, etc.
    ///
    /// `POST /accounts/v1/{id}/remove` (`deleteAccountAsyncV1`)
    #[inline]
    pub fn delete_account_async_v1(
        &self,
        id: impl Into<String>,
    ) -> DeleteAccountAsyncV1 {
        DeleteAccountAsyncV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Enable idn account for identity
    ///
    /// This API submits a task to enable IDN account for a single identity.
    ///
    /// `POST /identities-accounts/v1/{id}/enable` (`enableAccountForIdentityV1`)
    #[inline]
    pub fn enable_account_for_identity_v1(
        &self,
        id: impl Into<String>,
    ) -> EnableAccountForIdentityV1 {
        EnableAccountForIdentityV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Disable idn account for identity
    ///
    /// This API submits a task to disable IDN account for a single identity.
    ///
    /// `POST /identities-accounts/v1/{id}/disable` (`disableAccountForIdentityV1`)
    #[inline]
    pub fn disable_account_for_identity_v1(
        &self,
        id: impl Into<String>,
    ) -> DisableAccountForIdentityV1 {
        DisableAccountForIdentityV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Enable idn accounts for identities
    ///
    /// This API submits tasks to enable IDN account for each identity provided in the request body.
    ///
    /// `POST /identities-accounts/v1/enable` (`enableAccountsForIdentitiesV1`)
    #[inline]
    pub fn enable_accounts_for_identities_v1(
        &self,
        identitiesaccountsbulkrequest: models::Identitiesaccountsbulkrequest,
    ) -> EnableAccountsForIdentitiesV1 {
        EnableAccountsForIdentitiesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identitiesaccountsbulkrequest,
        }
    }

    /// Disable idn accounts for identities
    ///
    /// This API submits tasks to disable IDN account for each identity provided in the request body.
    ///
    /// `POST /identities-accounts/v1/disable` (`disableAccountsForIdentitiesV1`)
    #[inline]
    pub fn disable_accounts_for_identities_v1(
        &self,
        identitiesaccountsbulkrequest: models::Identitiesaccountsbulkrequest,
    ) -> DisableAccountsForIdentitiesV1 {
        DisableAccountsForIdentitiesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identitiesaccountsbulkrequest,
        }
    }
}

/// The error statuses of [`AccountsApi::list_accounts_v1`](AccountsApi::list_accounts_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListAccountsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AccountsApi::list_accounts_v1`](AccountsApi::list_accounts_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAccountsV1 {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    detail_level: Option<models::ListAccountsV1DetailLevel>,
    filters: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListAccountsV1 {
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

    /// This value determines whether the API provides `SLIM` or increased level of detail (`FULL`) for each account in the returned list. `FULL` is the default behavior.
    #[inline]
    pub fn detail_level(
        mut self,
        detail_level: models::ListAccountsV1DetailLevel,
    ) -> Self {
        self.detail_level = Some(detail_level);
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in, sw*
    ///
    /// **identityId**: *eq, in, sw*
    ///
    /// **name**: *eq, in, sw*
    ///
    /// **nativeIdentity**: *eq, in, sw*
    ///
    /// **hasEntitlements**: *eq*
    ///
    /// **sourceId**: *eq, in, sw*
    ///
    /// **uncorrelated**: *eq*
    ///
    /// **entitlements**: *eq*
    ///
    /// **origin**: *eq, in*
    ///
    /// **manuallyCorrelated**: *eq*
    ///
    /// **identity.name**: *eq, in, sw*
    ///
    /// **identity.correlated**: *eq*
    ///
    /// **identity.identityState**: *eq, in*
    ///
    /// **source.displayableName**: *eq, in*
    ///
    /// **source.authoritative**: *eq*
    ///
    /// **source.connectionType**: *eq, in*
    ///
    /// **recommendation.method**: *eq, in, isnull*
    ///
    /// **created**: *eq, ge, gt, le, lt*
    ///
    /// **modified**: *eq, ge, gt, le, lt*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, created, modified, sourceId, identityId, nativeIdentity, uuid, manuallyCorrelated, entitlements, origin, identity.name, identity.identityState, identity.correlated, source.displayableName, source.authoritative, source.connectionType**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
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

    /// Sends the request: `GET /accounts/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::Account>, crate::SdkError<ListAccountsV1Error>>,
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
            crate::Page<models::Account>,
            crate::SdkError<ListAccountsV1Error>,
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
        Item = Result<models::Account, crate::SdkError<ListAccountsV1Error>>,
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
            crate::Response<Vec<models::Account>>,
            crate::SdkError<ListAccountsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listAccountsV1",
            self.options,
            move |client| {
                let path = "/accounts/v1";
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
                if let Some(value) = &self.detail_level {
                    query.push(("detailLevel", value.as_str().to_owned()));
                }
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccountsApi::create_account_v1`](AccountsApi::create_account_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateAccountV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AccountsApi::create_account_v1`](AccountsApi::create_account_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAccountV1 {
    client: crate::Client,
    options: crate::request::Options,
    accountattributescreate: models::Accountattributescreate,
}

impl CreateAccountV1 {
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

    /// Sends the request: `POST /accounts/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accountsasyncresult,
            crate::SdkError<CreateAccountV1Error>,
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
            crate::Response<models::Accountsasyncresult>,
            crate::SdkError<CreateAccountV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createAccountV1",
            self.options,
            move |client| {
                let path = "/accounts/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.accountattributescreate;
                    request = crate::request::with_json(
                        "createAccountV1",
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

/// The error statuses of [`AccountsApi::get_account_v1`](AccountsApi::get_account_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetAccountV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccountsApi::get_account_v1`](AccountsApi::get_account_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccountV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetAccountV1 {
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

    /// Sends the request: `GET /accounts/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Account, crate::SdkError<GetAccountV1Error>>,
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
            crate::Response<models::Account>,
            crate::SdkError<GetAccountV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAccountV1",
            self.options,
            move |client| {
                let path = ["/accounts/v1/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccountsApi::put_account_v1`](AccountsApi::put_account_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutAccountV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccountsApi::put_account_v1`](AccountsApi::put_account_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutAccountV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    accountattributes: models::Accountattributes,
}

impl PutAccountV1 {
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

    /// Sends the request: `PUT /accounts/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Accountsasyncresult, crate::SdkError<PutAccountV1Error>>,
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
            crate::Response<models::Accountsasyncresult>,
            crate::SdkError<PutAccountV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putAccountV1",
            self.options,
            move |client| {
                let path = ["/accounts/v1/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.accountattributes;
                    request = crate::request::with_json(
                        "putAccountV1",
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

/// The error statuses of [`AccountsApi::delete_account_v1`](AccountsApi::delete_account_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteAccountV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccountsApi::delete_account_v1`](AccountsApi::delete_account_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAccountV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteAccountV1 {
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

    /// Sends the request: `DELETE /accounts/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accountsasyncresult,
            crate::SdkError<DeleteAccountV1Error>,
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
            crate::Response<models::Accountsasyncresult>,
            crate::SdkError<DeleteAccountV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteAccountV1",
            self.options,
            move |client| {
                let path = ["/accounts/v1/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::DELETE, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccountsApi::update_account_v1`](AccountsApi::update_account_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateAccountV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccountsApi::update_account_v1`](AccountsApi::update_account_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAccountV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    body: Vec<serde_json::Map<String, serde_json::Value>>,
}

impl UpdateAccountV1 {
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

    /// Sends the request: `PATCH /accounts/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<UpdateAccountV1Error>,
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
            crate::Response<serde_json::Map<String, serde_json::Value>>,
            crate::SdkError<UpdateAccountV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateAccountV1",
            self.options,
            move |client| {
                let path = ["/accounts/v1/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.body;
                    request = crate::request::with_json(
                        "updateAccountV1",
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

/// The error statuses of [`AccountsApi::get_account_entitlements_v1`](AccountsApi::get_account_entitlements_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetAccountEntitlementsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccountsApi::get_account_entitlements_v1`](AccountsApi::get_account_entitlements_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccountEntitlementsV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetAccountEntitlementsV1 {
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

    /// Sends the request: `GET /accounts/v1/{id}/entitlements`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Entitlement>,
            crate::SdkError<GetAccountEntitlementsV1Error>,
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
            crate::Page<models::Entitlement>,
            crate::SdkError<GetAccountEntitlementsV1Error>,
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
            models::Entitlement,
            crate::SdkError<GetAccountEntitlementsV1Error>,
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
            crate::Response<Vec<models::Entitlement>>,
            crate::SdkError<GetAccountEntitlementsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAccountEntitlementsV1",
            self.options,
            move |client| {
                let path = [
                    "/accounts/v1/",
                    &crate::request::path_segment(&self.id),
                    "/entitlements",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
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

/// The error statuses of [`AccountsApi::submit_reload_account_v1`](AccountsApi::submit_reload_account_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type SubmitReloadAccountV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccountsApi::submit_reload_account_v1`](AccountsApi::submit_reload_account_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SubmitReloadAccountV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl SubmitReloadAccountV1 {
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

    /// Sends the request: `POST /accounts/v1/{id}/reload`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accountsasyncresult,
            crate::SdkError<SubmitReloadAccountV1Error>,
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
            crate::Response<models::Accountsasyncresult>,
            crate::SdkError<SubmitReloadAccountV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "submitReloadAccountV1",
            self.options,
            move |client| {
                let path = [
                    "/accounts/v1/",
                    &crate::request::path_segment(&self.id),
                    "/reload",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccountsApi::enable_account_v1`](AccountsApi::enable_account_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type EnableAccountV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccountsApi::enable_account_v1`](AccountsApi::enable_account_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct EnableAccountV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    accounttogglerequest: models::Accounttogglerequest,
}

impl EnableAccountV1 {
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

    /// Sends the request: `POST /accounts/v1/{id}/enable`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accountsasyncresult,
            crate::SdkError<EnableAccountV1Error>,
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
            crate::Response<models::Accountsasyncresult>,
            crate::SdkError<EnableAccountV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "enableAccountV1",
            self.options,
            move |client| {
                let path = [
                    "/accounts/v1/",
                    &crate::request::path_segment(&self.id),
                    "/enable",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.accounttogglerequest;
                    request = crate::request::with_json(
                        "enableAccountV1",
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

/// The error statuses of [`AccountsApi::disable_account_v1`](AccountsApi::disable_account_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DisableAccountV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccountsApi::disable_account_v1`](AccountsApi::disable_account_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DisableAccountV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    accounttogglerequest: models::Accounttogglerequest,
}

impl DisableAccountV1 {
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

    /// Sends the request: `POST /accounts/v1/{id}/disable`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accountsasyncresult,
            crate::SdkError<DisableAccountV1Error>,
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
            crate::Response<models::Accountsasyncresult>,
            crate::SdkError<DisableAccountV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "disableAccountV1",
            self.options,
            move |client| {
                let path = [
                    "/accounts/v1/",
                    &crate::request::path_segment(&self.id),
                    "/disable",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.accounttogglerequest;
                    request = crate::request::with_json(
                        "disableAccountV1",
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

/// The error statuses of [`AccountsApi::unlock_account_v1`](AccountsApi::unlock_account_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UnlockAccountV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccountsApi::unlock_account_v1`](AccountsApi::unlock_account_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UnlockAccountV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    accountunlockrequest: models::Accountunlockrequest,
}

impl UnlockAccountV1 {
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

    /// Sends the request: `POST /accounts/v1/{id}/unlock`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accountsasyncresult,
            crate::SdkError<UnlockAccountV1Error>,
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
            crate::Response<models::Accountsasyncresult>,
            crate::SdkError<UnlockAccountV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "unlockAccountV1",
            self.options,
            move |client| {
                let path = [
                    "/accounts/v1/",
                    &crate::request::path_segment(&self.id),
                    "/unlock",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.accountunlockrequest;
                    request = crate::request::with_json(
                        "unlockAccountV1",
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

/// The error statuses of [`AccountsApi::delete_account_async_v1`](AccountsApi::delete_account_async_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteAccountAsyncV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AccountsApi::delete_account_async_v1`](AccountsApi::delete_account_async_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAccountAsyncV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DeleteAccountAsyncV1 {
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

    /// Sends the request: `POST /accounts/v1/{id}/remove`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Taskresultdto,
            crate::SdkError<DeleteAccountAsyncV1Error>,
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
            crate::Response<models::Taskresultdto>,
            crate::SdkError<DeleteAccountAsyncV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteAccountAsyncV1",
            self.options,
            move |client| {
                let path = [
                    "/accounts/v1/",
                    &crate::request::path_segment(&self.id),
                    "/remove",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccountsApi::enable_account_for_identity_v1`](AccountsApi::enable_account_for_identity_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type EnableAccountForIdentityV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccountsApi::enable_account_for_identity_v1`](AccountsApi::enable_account_for_identity_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct EnableAccountForIdentityV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl EnableAccountForIdentityV1 {
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

    /// Sends the request: `POST /identities-accounts/v1/{id}/enable`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<EnableAccountForIdentityV1Error>,
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
            crate::Response<serde_json::Map<String, serde_json::Value>>,
            crate::SdkError<EnableAccountForIdentityV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "enableAccountForIdentityV1",
            self.options,
            move |client| {
                let path = [
                    "/identities-accounts/v1/",
                    &crate::request::path_segment(&self.id),
                    "/enable",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccountsApi::disable_account_for_identity_v1`](AccountsApi::disable_account_for_identity_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DisableAccountForIdentityV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccountsApi::disable_account_for_identity_v1`](AccountsApi::disable_account_for_identity_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DisableAccountForIdentityV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl DisableAccountForIdentityV1 {
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

    /// Sends the request: `POST /identities-accounts/v1/{id}/disable`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<DisableAccountForIdentityV1Error>,
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
            crate::Response<serde_json::Map<String, serde_json::Value>>,
            crate::SdkError<DisableAccountForIdentityV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "disableAccountForIdentityV1",
            self.options,
            move |client| {
                let path = [
                    "/identities-accounts/v1/",
                    &crate::request::path_segment(&self.id),
                    "/disable",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccountsApi::enable_accounts_for_identities_v1`](AccountsApi::enable_accounts_for_identities_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type EnableAccountsForIdentitiesV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AccountsApi::enable_accounts_for_identities_v1`](AccountsApi::enable_accounts_for_identities_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct EnableAccountsForIdentitiesV1 {
    client: crate::Client,
    options: crate::request::Options,
    identitiesaccountsbulkrequest: models::Identitiesaccountsbulkrequest,
}

impl EnableAccountsForIdentitiesV1 {
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

    /// Sends the request: `POST /identities-accounts/v1/enable`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Bulkidentitiesaccountsresponse>,
            crate::SdkError<EnableAccountsForIdentitiesV1Error>,
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
            crate::Response<Vec<models::Bulkidentitiesaccountsresponse>>,
            crate::SdkError<EnableAccountsForIdentitiesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "enableAccountsForIdentitiesV1",
            self.options,
            move |client| {
                let path = "/identities-accounts/v1/enable";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.identitiesaccountsbulkrequest;
                    request = crate::request::with_json(
                        "enableAccountsForIdentitiesV1",
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

/// The error statuses of [`AccountsApi::disable_accounts_for_identities_v1`](AccountsApi::disable_accounts_for_identities_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DisableAccountsForIdentitiesV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AccountsApi::disable_accounts_for_identities_v1`](AccountsApi::disable_accounts_for_identities_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DisableAccountsForIdentitiesV1 {
    client: crate::Client,
    options: crate::request::Options,
    identitiesaccountsbulkrequest: models::Identitiesaccountsbulkrequest,
}

impl DisableAccountsForIdentitiesV1 {
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

    /// Sends the request: `POST /identities-accounts/v1/disable`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Bulkidentitiesaccountsresponse>,
            crate::SdkError<DisableAccountsForIdentitiesV1Error>,
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
            crate::Response<Vec<models::Bulkidentitiesaccountsresponse>>,
            crate::SdkError<DisableAccountsForIdentitiesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "disableAccountsForIdentitiesV1",
            self.options,
            move |client| {
                let path = "/identities-accounts/v1/disable";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.identitiesaccountsbulkrequest;
                    request = crate::request::with_json(
                        "disableAccountsForIdentitiesV1",
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
