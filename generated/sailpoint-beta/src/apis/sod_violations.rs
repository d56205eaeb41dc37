//! Use this API to check for current "separation of duties" (SOD) policy violations as well as potential future SOD policy violations.
//! With SOD violation functionality in place, administrators can get information about current SOD policy violations and predict whether an access change will trigger new violations, which helps to prevent them from occurring at all.
//!
//! "Separation of duties" refers to the concept that people shouldn't have conflicting sets of access - all their access should be configured in a way that protects your organization's assets and data.
//! For example, people who record monetary transactions shouldn't be able to issue payment for those transactions.
//! Any changes to major system configurations should be approved by someone other than the person requesting the change.
//!
//! Organizations can use "separation of duties" (SOD) policies to enforce and track their internal security rules throughout their tenants.
//! These SOD policies limit each user's involvement in important processes and protects the organization from individuals gaining excessive access.
//!
//! Once a SOD policy is in place, if an identity has conflicting access items, a SOD violation will trigger.
//! These violations are included in SOD violation reports that other users will see in emails at regular intervals if they're subscribed to the SOD policy.
//! The other users can then better help to enforce these SOD policies.
//!
//! Administrators can use the SOD violations APIs to check a set of identities for any current SOD violations, and they can use them to check whether adding an access item would potentially trigger a SOD violation.
//! This second option is a good way to prevent SOD violations from triggering at all.
//!
//! Refer to [Handling Policy Violations](https://documentation.sailpoint.com/saas/help/sod/policy-violations.html) for more information about SOD policy violations.

use crate::models;

/// The SOD Violations operations: get them from [`Client::sod_violations`](crate::Client::sod_violations).
#[derive(Debug, Clone, Copy)]
pub struct SodViolationsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The SOD Violations operations.
    #[inline]
    pub fn sod_violations(&self) -> SodViolationsApi<'_> {
        SodViolationsApi { client: self }
    }
}

impl<'a> SodViolationsApi<'a> {
    /// Predict sod violations for identity.
    ///
    /// This API is used to check if granting some additional accesses would cause the subject to be in violation of any SOD policies. Returns the violations that would be caused.
    ///
    /// A token with ORG_ADMIN or API authority is required to call this API.
    ///
    /// `POST /sod-violations/predict` (`startPredictSodViolations`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn start_predict_sod_violations(
        &self,
        identity_with_new_access: models::IdentityWithNewAccess,
    ) -> StartPredictSodViolations {
        StartPredictSodViolations {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_with_new_access,
        }
    }
}

/// The error statuses of [`SodViolationsApi::start_predict_sod_violations`](SodViolationsApi::start_predict_sod_violations), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type StartPredictSodViolationsError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SodViolationsApi::start_predict_sod_violations`](SodViolationsApi::start_predict_sod_violations): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartPredictSodViolations {
    client: crate::Client,
    options: crate::request::Options,
    identity_with_new_access: models::IdentityWithNewAccess,
}

impl StartPredictSodViolations {
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

    /// Sends the request: `POST /sod-violations/predict`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ViolationPrediction,
            crate::SdkError<StartPredictSodViolationsError>,
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
            crate::Response<models::ViolationPrediction>,
            crate::SdkError<StartPredictSodViolationsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "startPredictSodViolations",
            self.options,
            move |client| {
                let path = "/sod-violations/predict";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.identity_with_new_access;
                    request = crate::request::with_json(
                        "startPredictSodViolations",
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
