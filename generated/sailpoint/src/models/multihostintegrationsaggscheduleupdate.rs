//! `Multihostintegrationsaggscheduleupdate`, from `apis/multi-host-integration/schemas/multihostintegrationsaggscheduleupdate.yaml`.

use crate::models::Multihostintegrationsaggscheduleupdate2;

/// `Multihostintegrationsaggscheduleupdate` as the spec defines it.
pub type Multihostintegrationsaggscheduleupdate = Multihostintegrationsaggscheduleupdate2;
