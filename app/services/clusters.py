"""Clusters: recommendations the secretariat treats together (one plan, one lead)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import _
from app.models import Cluster, ClusterMember, new_id
from app.services import assignments
from app.services.permissions import require_secretariat

MAX_NAME = 200


def _live_cluster(session: Session, cluster_id: str) -> Cluster:
    cluster = session.get(Cluster, cluster_id)
    if cluster is None or cluster.deleted:
        raise ValidationError(_("cluster: it no longer exists (deleted meanwhile?)"))
    return cluster


def _checked_name(session: Session, name: str, keep_id: str | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError(_("cluster name: a cluster needs a name"))
    if len(name) > MAX_NAME:
        raise ValidationError(_("cluster name: at most {0} characters").format(MAX_NAME))
    clash = session.scalar(select(Cluster).where(func.lower(Cluster.name) == name.lower()))
    if clash is not None and clash.id != keep_id and not clash.deleted:
        raise ValidationError(_("cluster name: a cluster called '{0}' already exists").format(
                                  clash.name))
    if clash is not None and clash.deleted and clash.id != keep_id:
        # The name is unique in the table: free it from the deleted cluster that held it.
        clash.name = f"{clash.name} (deleted {clash.id[:8]})"[:MAX_NAME]
    return name


def create_cluster(session: Session, name: str, description: str | None = None) -> str:
    require_secretariat(session, "manage clusters")
    cluster = Cluster(id=new_id(), name=_checked_name(session, name), description=description)
    session.add(cluster)
    session.flush()
    return cluster.id


def rename_cluster(session: Session, cluster_id: str, name: str) -> None:
    require_secretariat(session, "manage clusters")
    cluster = _live_cluster(session, cluster_id)
    new_name = _checked_name(session, name, keep_id=cluster_id)
    if new_name != cluster.name:
        cluster.name = new_name


def member_ids(session: Session, cluster_id: str) -> list[str]:
    return list(session.scalars(
        select(ClusterMember.recommendation_id)
        .where(ClusterMember.cluster_id == cluster_id, ClusterMember.deleted.is_(False))
        .order_by(ClusterMember.created_at)))


def add_members(session: Session, cluster_id: str, recommendation_ids: Iterable[str]) -> int:
    """Adds what is not in yet (restoring a membership removed earlier); returns how many."""
    require_secretariat(session, "manage clusters")
    _live_cluster(session, cluster_id)
    rec_ids = assignments.live_recommendations(session, recommendation_ids)
    existing = {m.recommendation_id: m for m in session.scalars(
        select(ClusterMember).where(ClusterMember.cluster_id == cluster_id))}
    added = 0
    for rec_id in rec_ids:
        member = existing.get(rec_id)
        if member is None:
            session.add(ClusterMember(id=new_id(), cluster_id=cluster_id,
                                      recommendation_id=rec_id))
            added += 1
        elif member.deleted:
            member.deleted = False
            added += 1
    return added


def merge_clusters(session: Session, target_id: str, source_ids: Iterable[str]) -> int:
    """Moves every recommendation of the sources into the target, then deletes the sources."""
    require_secretariat(session, "manage clusters")
    _live_cluster(session, target_id)
    moved = 0
    for source_id in dict.fromkeys(source_ids):
        if source_id == target_id:
            continue
        _live_cluster(session, source_id)
        moved += add_members(session, target_id, member_ids(session, source_id))
        delete_cluster(session, source_id)
    return moved


def delete_cluster(session: Session, cluster_id: str) -> None:
    """The cluster and its memberships go; the recommendations themselves stay untouched."""
    require_secretariat(session, "manage clusters")
    cluster = _live_cluster(session, cluster_id)
    for member in session.scalars(select(ClusterMember).where(
            ClusterMember.cluster_id == cluster_id, ClusterMember.deleted.is_(False))):
        member.deleted = True
    cluster.deleted = True


def cluster_list(session: Session) -> list[tuple[str, str, int]]:
    """(id, name, number of recommendations) for every cluster, by name."""
    counts = dict(session.execute(
        select(ClusterMember.cluster_id, func.count())
        .where(ClusterMember.deleted.is_(False)).group_by(ClusterMember.cluster_id)).tuples().all())
    return [(cluster.id, cluster.name, counts.get(cluster.id, 0)) for cluster in session.scalars(
        select(Cluster).where(Cluster.deleted.is_(False)).order_by(func.lower(Cluster.name)))]
