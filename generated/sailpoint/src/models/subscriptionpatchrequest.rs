//! `Subscriptionpatchrequest`, from `apis/triggers/schemas/subscriptionpatchrequest.yaml`.

use crate::models::SubscriptionpatchrequestInner;

/// Operations to be applied
pub type Subscriptionpatchrequest = Vec<SubscriptionpatchrequestInner>;
